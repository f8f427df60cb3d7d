PROBLEM = dict(
    problem_id="divisor-pairs-list",
    title="Rectangles of a Given Area",
    io="call",
    entry_point="rectangles",
    difficulty="easy",
    tags=["math", "number-theory"],
    pattern="trial-division",
    split="test",
    statement="""\
List every rectangle with whole-number sides `[w, h]`, `w <= h`, whose area is exactly `n`, ordered by
increasing `w`.

**Example.** `n = 12` gives `[[1, 12], [2, 6], [3, 4]]`.

**Constraints.** `1 <= n <= 10^9`.
""",
    starter_code="class Solution:\n    def rectangles(self, n: int) -> List[List[int]]:\n",
)

EDGE_INPUTS = [[12], [1], [2], [16], [17], [36]]


def perf_inputs(rng):
    return [[rng.randint(300000, 400000)], [250000]]


SOLUTIONS = [
    dict(name="widths-to-isqrt", correct=True, time="fast", reference=True,
         note="With w <= h the width is at most sqrt(n), so trying widths up to isqrt(n) finds every rectangle.",
         code='''\
from math import isqrt

class Solution:
    def rectangles(self, n):
        return [[w, n // w] for w in range(1, isqrt(n) + 1) if n % w == 0]
'''),
    dict(name="while-square", correct=True, time="fast",
         note="The same bound as a while loop on w * w <= n: O(sqrt n).",
         code='''\
class Solution:
    def rectangles(self, n):
        out, w = [], 1
        while w * w <= n:
            if n % w == 0:
                out.append([w, n // w])
            w += 1
        return out
'''),
    dict(name="every-width", correct=True, time="slow",
         note="Tries every width up to n and then drops those with w > h: O(n) where sqrt(n) widths suffice.",
         code='''\
class Solution:
    def rectangles(self, n):
        out = []
        for w in range(1, n + 1):
            if n % w == 0 and w <= n // w:
                out.append([w, n // w])
        return out
'''),
    dict(name="strict-below-root", correct=False,
         note="Wrong: requires w < h, so the square rectangle of a perfect-square area is left out.",
         code='''\
from math import isqrt

class Solution:
    def rectangles(self, n):
        return [[w, n // w] for w in range(1, isqrt(n) + 1) if n % w == 0 and w < n // w]
'''),
]
