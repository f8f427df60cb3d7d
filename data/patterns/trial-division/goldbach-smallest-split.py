PROBLEM = dict(
    problem_id="goldbach-smallest-split",
    title="Split an Even Number Into Two Primes",
    io="call",
    entry_point="split",
    difficulty="easy",
    tags=["math", "number-theory"],
    pattern="trial-division",
    split="train",
    statement="""\
Given an even `n >= 4`, return `[p, q]` with `p <= q`, both prime and `p + q == n`, choosing the smallest
possible `p`.

**Example.** `n = 28` gives `[5, 23]` (3 + 25 fails: 25 is not prime).

**Constraints.** `4 <= n <= 10^9`, `n` is even.
""",
    starter_code="class Solution:\n    def split(self, n: int) -> List[int]:\n",
)

EDGE_INPUTS = [[28], [4], [6], [8], [10], [98], [128]]


def perf_inputs(rng):
    return [[400018], [300014]]


SOLUTIONS = [
    dict(name="isqrt-test", correct=True, time="fast", reference=True,
         note="Each primality test only needs divisors up to the square root: O(tries * sqrt n).",
         code='''\
from math import isqrt

class Solution:
    def split(self, n):
        def prime(x):
            return x >= 2 and all(x % d for d in range(2, isqrt(x) + 1))
        p = 2
        while not (prime(p) and prime(n - p)):
            p += 1
        return [p, n - p]
'''),
    dict(name="while-square", correct=True, time="fast",
         note="The same search with a while-loop primality test on d * d <= x.",
         code='''\
class Solution:
    def split(self, n):
        def prime(x):
            if x < 2:
                return False
            d = 2
            while d * d <= x:
                if x % d == 0:
                    return False
                d += 1
            return True
        for p in range(2, n // 2 + 1):
            if prime(p) and prime(n - p):
                return [p, n - p]
'''),
    dict(name="divide-up-to-x", correct=True, time="slow",
         note="Tests primality with every divisor below x, so checking the large partner n - p costs about n steps.",
         code='''\
class Solution:
    def split(self, n):
        def prime(x):
            if x < 2:
                return False
            for d in range(2, x):
                if x % d == 0:
                    return False
            return True
        for p in range(2, n // 2 + 1):
            if prime(p) and prime(n - p):
                return [p, n - p]
'''),
    dict(name="odd-start", correct=False,
         note="Wrong: starts at p = 3 to skip even numbers, but 4 = 2 + 2 needs p = 2.",
         code='''\
from math import isqrt

class Solution:
    def split(self, n):
        def prime(x):
            return x >= 2 and all(x % d for d in range(2, isqrt(x) + 1))
        for p in range(3, n // 2 + 1, 2):
            if prime(p) and prime(n - p):
                return [p, n - p]
        return []
'''),
]
