PROBLEM = dict(
    problem_id="is-perfect-number",
    title="Perfect Number Check",
    io="call",
    entry_point="isPerfect",
    difficulty="easy",
    tags=["math", "number-theory"],
    pattern="trial-division",
    split="test",
    statement="""\
A positive integer is perfect when it equals the sum of its divisors other than itself. Return whether `n` is
perfect.

**Example.** `n = 28` gives `True` (1 + 2 + 4 + 7 + 14 = 28); `n = 12` gives `False`.

**Constraints.** `1 <= n <= 10^9`.
""",
    starter_code="class Solution:\n    def isPerfect(self, n: int) -> bool:\n",
)

EDGE_INPUTS = [[28], [12], [1], [6], [496], [8128], [2]]


def perf_inputs(rng):
    return [[rng.randint(500000, 600000)], [rng.randint(500000, 600000)]]


SOLUTIONS = [
    dict(name="pairs-to-isqrt", correct=True, time="fast", reference=True,
         note="Collect divisor pairs (d, n // d) for d up to isqrt(n), O(sqrt n), then drop n itself.",
         code='''\
from math import isqrt

class Solution:
    def isPerfect(self, n):
        total = 0
        for d in range(1, isqrt(n) + 1):
            if n % d == 0:
                total += d
                if d != n // d:
                    total += n // d
        return total - n == n
'''),
    dict(name="while-square", correct=True, time="fast",
         note="Starts the sum at 1 and pairs divisors from 2 while d * d <= n: O(sqrt n).",
         code='''\
class Solution:
    def isPerfect(self, n):
        if n == 1:
            return False
        total, d = 1, 2
        while d * d <= n:
            if n % d == 0:
                total += d
                if d * d != n:
                    total += n // d
            d += 1
        return total == n
'''),
    dict(name="proper-divisors-to-half", correct=True, time="slow",
         note="Tries every number up to n // 2 as a proper divisor: O(n), where pairing to sqrt(n) suffices.",
         code='''\
class Solution:
    def isPerfect(self, n):
        total = 0
        for d in range(1, n // 2 + 1):
            if n % d == 0:
                total += d
        return total == n
'''),
    dict(name="one-is-perfect", correct=False,
         note="Wrong: starts the sum at 1 for every n, so n = 1 (whose only proper divisor sum is 0) counts as perfect.",
         code='''\
from math import isqrt

class Solution:
    def isPerfect(self, n):
        total = 1
        for d in range(2, isqrt(n) + 1):
            if n % d == 0:
                total += d
                if d != n // d:
                    total += n // d
        return total == n
'''),
]
