PROBLEM = dict(
    problem_id="twin-prime-pairs-below",
    title="Count Twin Prime Pairs",
    io="call",
    entry_point="twinPairs",
    difficulty="easy",
    tags=["math", "number-theory"],
    pattern="trial-division",
    split="test",
    statement="""\
Twin primes are two primes that differ by 2, like 11 and 13. Return how many twin pairs `(p, p + 2)` have
`p + 2 <= n`.

**Example.** `n = 20` gives `4`: (3, 5), (5, 7), (11, 13), (17, 19).

**Constraints.** `0 <= n <= 10^6`.
""",
    starter_code="class Solution:\n    def twinPairs(self, n: int) -> int:\n",
)

EDGE_INPUTS = [[20], [0], [4], [5], [7], [13], [100]]


def perf_inputs(rng):
    return [[3000]]


SOLUTIONS = [
    dict(name="sieve", correct=True, time="fast", reference=True,
         note="Every number up to n is tested, so one sieve of Eratosthenes (O(n log log n)) replaces all the trial divisions.",
         code='''\
class Solution:
    def twinPairs(self, n):
        if n < 5:
            return 0
        is_p = [False, False] + [True] * (n - 1)
        for p in range(2, int(n ** 0.5) + 1):
            if is_p[p]:
                for m in range(p * p, n + 1, p):
                    is_p[m] = False
        return sum(1 for p in range(2, n - 1) if is_p[p] and is_p[p + 2])
'''),
    dict(name="slice-sieve", correct=True, time="fast",
         note="The same sieve crossing out multiples with slice assignment, then one pass over the pairs.",
         code='''\
class Solution:
    def twinPairs(self, n):
        if n < 5:
            return 0
        is_p = bytearray([1]) * (n + 1)
        is_p[0] = is_p[1] = 0
        for p in range(2, int(n ** 0.5) + 1):
            if is_p[p]:
                is_p[p * p::p] = bytes(len(range(p * p, n + 1, p)))
        return sum(1 for p in range(3, n - 1) if is_p[p] and is_p[p + 2])
'''),
    dict(name="isqrt-each", correct=True, time="medium",
         note="Trial division to each number's square root: O(n sqrt n), far better than to the number, slower than a sieve.",
         code='''\
from math import isqrt

class Solution:
    def twinPairs(self, n):
        def prime(x):
            return x >= 2 and all(x % d for d in range(2, isqrt(x) + 1))
        return sum(1 for p in range(2, n - 1) if prime(p) and prime(p + 2))
'''),
    dict(name="divide-up-to-each", correct=True, time="slow",
         note="Tests each number with every divisor below it: a prime p costs p steps, O(n^2 / log n) in all.",
         code='''\
class Solution:
    def twinPairs(self, n):
        def prime(x):
            if x < 2:
                return False
            for d in range(2, x):
                if x % d == 0:
                    return False
            return True
        count = 0
        for p in range(2, n - 1):
            if prime(p) and prime(p + 2):
                count += 1
        return count
'''),
    dict(name="pair-below-n", correct=False,
         note="Wrong: requires p + 2 < n, so a pair ending exactly at n (like 5, 7 for n = 7) is missed.",
         code='''\
class Solution:
    def twinPairs(self, n):
        if n < 5:
            return 0
        is_p = [False, False] + [True] * (n - 1)
        for p in range(2, int(n ** 0.5) + 1):
            if is_p[p]:
                for m in range(p * p, n + 1, p):
                    is_p[m] = False
        return sum(1 for p in range(2, n - 2) if is_p[p] and is_p[p + 2])
'''),
]
