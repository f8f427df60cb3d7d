PROBLEM = dict(
    problem_id="sum-all-divisors",
    title="Sum of All Divisors",
    io="call",
    entry_point="divisorSum",
    difficulty="easy",
    tags=["math", "number-theory"],
    pattern="trial-division",
    split="train",
    statement="""\
Return the sum of all positive divisors of `n`, including 1 and `n` itself.

**Example.** `n = 12` gives `28` (1 + 2 + 3 + 4 + 6 + 12).

**Constraints.** `1 <= n <= 10^9`.
""",
    starter_code="class Solution:\n    def divisorSum(self, n: int) -> int:\n",
)

EDGE_INPUTS = [[12], [1], [2], [16], [36], [97], [100]]


def perf_inputs(rng):
    return [[rng.randint(200000, 300000)], [360000]]


SOLUTIONS = [
    dict(name="pairs-to-isqrt", correct=True, time="fast", reference=True,
         note="Divisors come in pairs d and n // d with d <= sqrt(n), so a loop to isqrt(n) finds them all: O(sqrt n).",
         code='''\
from math import isqrt

class Solution:
    def divisorSum(self, n):
        total = 0
        for d in range(1, isqrt(n) + 1):
            if n % d == 0:
                total += d
                if d != n // d:
                    total += n // d
        return total
'''),
    dict(name="while-square", correct=True, time="fast",
         note="The same pairing with a while loop on d * d <= n: O(sqrt n).",
         code='''\
class Solution:
    def divisorSum(self, n):
        total, d = 0, 1
        while d * d <= n:
            if n % d == 0:
                total += d + n // d
                if d * d == n:
                    total -= d
            d += 1
        return total
'''),
    dict(name="check-every-number", correct=True, time="slow",
         note="Tests every number from 1 to n as a divisor: O(n) where O(sqrt n) suffices.",
         code='''\
class Solution:
    def divisorSum(self, n):
        total = 0
        for d in range(1, n + 1):
            if n % d == 0:
                total += d
        return total
'''),
    dict(name="root-counted-twice", correct=False,
         note="Wrong: for a perfect square it adds the root twice (d and n // d are the same number).",
         code='''\
from math import isqrt

class Solution:
    def divisorSum(self, n):
        total = 0
        for d in range(1, isqrt(n) + 1):
            if n % d == 0:
                total += d + n // d
        return total
'''),
]
