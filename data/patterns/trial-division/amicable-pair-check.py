PROBLEM = dict(
    problem_id="amicable-pair-check",
    title="Are the Two Numbers Amicable",
    io="call",
    entry_point="amicable",
    difficulty="easy",
    tags=["math", "number-theory"],
    pattern="trial-division",
    split="test",
    statement="""\
Let `s(x)` be the sum of the divisors of `x` other than `x`. Two different numbers `a` and `b` are amicable
when `s(a) == b` and `s(b) == a`. Return whether `a` and `b` are amicable.

**Example.** `a = 220`, `b = 284` gives `True`; `a = 6`, `b = 6` gives `False` (not different).

**Constraints.** `1 <= a, b <= 10^9`.
""",
    starter_code="class Solution:\n    def amicable(self, a: int, b: int) -> bool:\n",
)

EDGE_INPUTS = [[220, 284], [284, 220], [6, 6], [1, 1], [220, 285], [1184, 1210], [12, 16]]


def perf_inputs(rng):
    return [[122368, 123152], [141664, 153176]]


SOLUTIONS = [
    dict(name="pairs-to-isqrt", correct=True, time="fast", reference=True,
         note="Compute s(x) from divisor pairs (d, x // d) with d up to isqrt(x): O(sqrt a + sqrt b).",
         code='''\
from math import isqrt

class Solution:
    def amicable(self, a, b):
        def s(x):
            total = 0
            for d in range(1, isqrt(x) + 1):
                if x % d == 0:
                    total += d
                    if d != x // d:
                        total += x // d
            return total - x
        return a != b and s(a) == b and s(b) == a
'''),
    dict(name="while-square", correct=True, time="fast",
         note="The same divisor sums with a while loop on d * d <= x, starting from the divisor 1.",
         code='''\
class Solution:
    def amicable(self, a, b):
        def s(x):
            if x == 1:
                return 0
            total, d = 1, 2
            while d * d <= x:
                if x % d == 0:
                    total += d
                    if d * d != x:
                        total += x // d
                d += 1
            return total
        return a != b and s(a) == b and s(b) == a
'''),
    dict(name="every-smaller-number", correct=True, time="slow",
         note="Sums proper divisors by testing every number below x: O(a + b) where O(sqrt a + sqrt b) suffices.",
         code='''\
class Solution:
    def amicable(self, a, b):
        def s(x):
            total = 0
            for d in range(1, x):
                if x % d == 0:
                    total += d
            return total
        return a != b and s(a) == b and s(b) == a
'''),
    dict(name="perfect-allowed", correct=False,
         note="Wrong: forgets that the numbers must differ, so a perfect number paired with itself counts.",
         code='''\
from math import isqrt

class Solution:
    def amicable(self, a, b):
        def s(x):
            total = sum(d + x // d for d in range(1, isqrt(x) + 1) if x % d == 0)
            if isqrt(x) ** 2 == x:
                total -= isqrt(x)
            return total - x
        return s(a) == b and s(b) == a
'''),
]
