PROBLEM = dict(
    problem_id="smallest-factor-above-one",
    title="Smallest Factor Greater Than One",
    io="call",
    entry_point="smallestFactor",
    difficulty="easy",
    tags=["math", "number-theory"],
    pattern="trial-division",
    split="train",
    statement="""\
Return the smallest integer `d > 1` that divides `n` (for a prime `n` this is `n` itself).

**Example.** `n = 91` gives `7`; `n = 13` gives `13`.

**Constraints.** `2 <= n <= 10^12`.
""",
    starter_code="class Solution:\n    def smallestFactor(self, n: int) -> int:\n",
)

EDGE_INPUTS = [[91], [13], [2], [3], [4], [49], [121], [1000000]]


def perf_inputs(rng):
    return [[300007], [200003]]


SOLUTIONS = [
    dict(name="stop-at-isqrt", correct=True, time="fast", reference=True,
         note="If no d up to isqrt(n) divides n then n is prime, so the search can stop at the root: O(sqrt n).",
         code='''\
from math import isqrt

class Solution:
    def smallestFactor(self, n):
        for d in range(2, isqrt(n) + 1):
            if n % d == 0:
                return d
        return n
'''),
    dict(name="while-square", correct=True, time="fast",
         note="The same root bound as a while loop on d * d <= n: O(sqrt n).",
         code='''\
class Solution:
    def smallestFactor(self, n):
        d = 2
        while d * d <= n:
            if n % d == 0:
                return d
            d += 1
        return n
'''),
    dict(name="search-up-to-n", correct=True, time="slow",
         note="Keeps trying d all the way to n, so a prime n costs n steps instead of sqrt(n).",
         code='''\
class Solution:
    def smallestFactor(self, n):
        d = 2
        while n % d != 0:
            d += 1
        return d
'''),
    dict(name="misses-prime-squares", correct=False,
         note="Wrong: the range stops before isqrt(n), so for n = 49 it misses 7 and answers 49.",
         code='''\
from math import isqrt

class Solution:
    def smallestFactor(self, n):
        for d in range(2, isqrt(n)):
            if n % d == 0:
                return d
        return n
'''),
]
