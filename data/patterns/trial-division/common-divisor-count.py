PROBLEM = dict(
    problem_id="common-divisor-count",
    title="Divisors Shared by Two Numbers",
    io="call",
    entry_point="commonDivisors",
    difficulty="easy",
    tags=["math", "number-theory"],
    pattern="trial-division",
    split="train",
    statement="""\
Return how many positive integers divide both `a` and `b`.

**Example.** `a = 12`, `b = 18` gives `4` (1, 2, 3, 6).

**Constraints.** `1 <= a, b <= 10^9`.
""",
    starter_code="class Solution:\n    def commonDivisors(self, a: int, b: int) -> int:\n",
)

EDGE_INPUTS = [[12, 18], [1, 1], [7, 13], [36, 36], [100, 10], [49, 98]]


def perf_inputs(rng):
    return [[360360, 360360 * 3], [rng.randint(100000, 200000) * 2, rng.randint(100000, 200000) * 2]]


SOLUTIONS = [
    dict(name="divisors-of-gcd", correct=True, time="fast", reference=True,
         note="The common divisors are exactly the divisors of gcd(a, b), counted in pairs up to its square root.",
         code='''\
from math import gcd, isqrt

class Solution:
    def commonDivisors(self, a, b):
        g = gcd(a, b)
        count = 0
        for d in range(1, isqrt(g) + 1):
            if g % d == 0:
                count += 1 if d * d == g else 2
        return count
'''),
    dict(name="gcd-while-square", correct=True, time="fast",
         note="The same divisor pairs of the gcd with a while loop on d * d <= g: O(sqrt(gcd)).",
         code='''\
from math import gcd

class Solution:
    def commonDivisors(self, a, b):
        g = gcd(a, b)
        count, d = 0, 1
        while d * d <= g:
            if g % d == 0:
                count += 2
                if d * d == g:
                    count -= 1
            d += 1
        return count
'''),
    dict(name="check-up-to-min", correct=True, time="slow",
         note="Tests every d up to min(a, b) against both numbers: O(min(a, b)) instead of O(sqrt(gcd)).",
         code='''\
class Solution:
    def commonDivisors(self, a, b):
        count = 0
        for d in range(1, min(a, b) + 1):
            if a % d == 0 and b % d == 0:
                count += 1
        return count
'''),
    dict(name="square-root-twice", correct=False,
         note="Wrong: counts the root of a square gcd twice, so 36 and 36 give 10 instead of 9.",
         code='''\
from math import gcd, isqrt

class Solution:
    def commonDivisors(self, a, b):
        g = gcd(a, b)
        return sum(2 for d in range(1, isqrt(g) + 1) if g % d == 0)
'''),
]
