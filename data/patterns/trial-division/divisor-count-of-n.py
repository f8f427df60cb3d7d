PROBLEM = dict(
    problem_id="divisor-count-of-n",
    title="How Many Divisors",
    io="call",
    entry_point="countDivisors",
    difficulty="easy",
    tags=["math", "number-theory"],
    pattern="trial-division",
    split="train",
    statement="""\
Return how many positive integers divide `n` exactly.

**Example.** `n = 18` gives `6` (1, 2, 3, 6, 9, 18).

**Constraints.** `1 <= n <= 10^9`.
""",
    starter_code="class Solution:\n    def countDivisors(self, n: int) -> int:\n",
)

EDGE_INPUTS = [[18], [1], [2], [9], [49], [360], [101]]


def perf_inputs(rng):
    return [[720720], [rng.randint(200000, 250000)]]


SOLUTIONS = [
    dict(name="pairs-to-isqrt", correct=True, time="fast", reference=True,
         note="Each divisor d <= sqrt(n) pairs with n // d, so counting up to isqrt(n) is enough: O(sqrt n).",
         code='''\
from math import isqrt

class Solution:
    def countDivisors(self, n):
        count = 0
        r = isqrt(n)
        for d in range(1, r + 1):
            if n % d == 0:
                count += 2
        if r * r == n:
            count -= 1
        return count
'''),
    dict(name="prime-exponents", correct=True, time="fast",
         note="Factor n by trial division up to sqrt(n) and multiply (exponent + 1) over its primes: O(sqrt n).",
         code='''\
class Solution:
    def countDivisors(self, n):
        count, d = 1, 2
        while d * d <= n:
            e = 0
            while n % d == 0:
                n //= d
                e += 1
            count *= e + 1
            d += 1
        if n > 1:
            count *= 2
        return count
'''),
    dict(name="check-every-number", correct=True, time="slow",
         note="Tests all of 1..n as divisors, O(n), though divisors above sqrt(n) mirror those below it.",
         code='''\
class Solution:
    def countDivisors(self, n):
        count = 0
        for d in range(1, n + 1):
            if n % d == 0:
                count += 1
        return count
'''),
    dict(name="square-root-twice", correct=False,
         note="Wrong: counts every divisor below the root twice, including the root of a perfect square.",
         code='''\
from math import isqrt

class Solution:
    def countDivisors(self, n):
        count = 0
        for d in range(1, isqrt(n) + 1):
            if n % d == 0:
                count += 2
        return count
'''),
]
