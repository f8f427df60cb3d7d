PROBLEM = dict(
    problem_id="floor-square-root",
    title="Whole Part of a Square Root",
    io="call",
    entry_point="floorRoot",
    difficulty="easy",
    tags=["math", "binary-search"],
    pattern="trial-division",
    split="train",
    statement="""\
Return the largest integer `r` with `r * r <= n`.

**Example.** `n = 30` gives `5`; `n = 36` gives `6`.

**Constraints.** `0 <= n <= 10^12`.
""",
    starter_code="class Solution:\n    def floorRoot(self, n: int) -> int:\n",
)

EDGE_INPUTS = [[30], [36], [0], [1], [2], [3], [99], [10**8]]


def perf_inputs(rng):
    return [[rng.randint(3 * 10**10, 4 * 10**10)], [2 * 10**10]]


SOLUTIONS = [
    dict(name="math-isqrt", correct=True, time="fast", reference=True,
         note="math.isqrt computes the exact integer root directly, with no loop over candidates.",
         code='''\
from math import isqrt

class Solution:
    def floorRoot(self, n):
        return isqrt(n)
'''),
    dict(name="binary-search", correct=True, time="fast",
         note="Binary search on r in [0, n]: O(log n) squarings instead of sqrt(n) steps.",
         code='''\
class Solution:
    def floorRoot(self, n):
        lo, hi = 0, n
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if mid * mid <= n:
                lo = mid
            else:
                hi = mid - 1
        return lo
'''),
    dict(name="count-up", correct=True, time="slow",
         note="Counts r up one at a time until the next square passes n: sqrt(n) steps.",
         code='''\
class Solution:
    def floorRoot(self, n):
        r = 0
        while (r + 1) * (r + 1) <= n:
            r += 1
        return r
'''),
    dict(name="half-as-upper-bound", correct=False,
         note="Wrong: searches only up to n // 2, which is below the root when n = 1 (it answers 0).",
         code='''\
class Solution:
    def floorRoot(self, n):
        lo, hi = 0, n // 2
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if mid * mid <= n:
                lo = mid
            else:
                hi = mid - 1
        return lo
'''),
]
