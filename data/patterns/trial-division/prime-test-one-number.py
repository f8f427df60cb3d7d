PROBLEM = dict(
    problem_id="prime-test-one-number",
    title="Is the Number Prime",
    io="call",
    entry_point="isPrime",
    difficulty="easy",
    tags=["math", "number-theory"],
    pattern="trial-division",
    split="train",
    statement="""\
Return `True` when the integer `n` is prime (greater than 1 and divisible only by 1 and itself), else `False`.

**Example.** `n = 91` gives `False` (91 = 7 * 13); `n = 97` gives `True`.

**Constraints.** `0 <= n <= 10^9`.
""",
    starter_code="class Solution:\n    def isPrime(self, n: int) -> bool:\n",
)

EDGE_INPUTS = [[91], [97], [0], [1], [2], [4], [25], [49], [9973]]


def perf_inputs(rng):
    return [[500009], [300007]]


SOLUTIONS = [
    dict(name="divisors-to-isqrt", correct=True, time="fast", reference=True,
         note="A composite n has a divisor no larger than sqrt(n), so testing 2..isqrt(n) suffices: O(sqrt n).",
         code='''\
from math import isqrt

class Solution:
    def isPrime(self, n):
        if n < 2:
            return False
        for d in range(2, isqrt(n) + 1):
            if n % d == 0:
                return False
        return True
'''),
    dict(name="while-square", correct=True, time="fast",
         note="The same bound written as d * d <= n, also skipping even divisors after 2: O(sqrt n).",
         code='''\
class Solution:
    def isPrime(self, n):
        if n < 2:
            return False
        if n % 2 == 0:
            return n == 2
        d = 3
        while d * d <= n:
            if n % d == 0:
                return False
            d += 2
        return True
'''),
    dict(name="divisors-to-n", correct=True, time="slow",
         note="Tries every divisor from 2 to n - 1, so a prime n costs n steps instead of sqrt(n).",
         code='''\
class Solution:
    def isPrime(self, n):
        if n < 2:
            return False
        for d in range(2, n):
            if n % d == 0:
                return False
        return True
'''),
    dict(name="stops-below-root", correct=False,
         note="Wrong: range(2, isqrt(n)) stops one short of the root, so squares of primes like 25 pass as prime.",
         code='''\
from math import isqrt

class Solution:
    def isPrime(self, n):
        if n < 2:
            return False
        for d in range(2, isqrt(n)):
            if n % d == 0:
                return False
        return True
'''),
]
