PROBLEM = dict(
    problem_id="distinct-prime-factor-count",
    title="Count Distinct Prime Factors",
    io="call",
    entry_point="distinctPrimes",
    difficulty="easy",
    tags=["math", "number-theory"],
    pattern="trial-division",
    split="train",
    statement="""\
Return how many different prime numbers divide `n`.

**Example.** `n = 60` gives `3` (2, 3 and 5); `n = 1` gives `0`.

**Constraints.** `1 <= n <= 10^12`.
""",
    starter_code="class Solution:\n    def distinctPrimes(self, n: int) -> int:\n",
)

EDGE_INPUTS = [[60], [1], [2], [64], [97], [30030], [2 * 7919]]


def perf_inputs(rng):
    return [[4 * 300007], [9 * 200003]]


SOLUTIONS = [
    dict(name="strip-to-root", correct=True, time="fast", reference=True,
         note="Divide out each prime found while d * d <= n; whatever stays above 1 is one last prime: O(sqrt n).",
         code='''\
class Solution:
    def distinctPrimes(self, n):
        count, d = 0, 2
        while d * d <= n:
            if n % d == 0:
                count += 1
                while n % d == 0:
                    n //= d
            d += 1
        return count + (1 if n > 1 else 0)
'''),
    dict(name="factor-set", correct=True, time="fast",
         note="The same root-bounded factoring, collecting the primes in a set: O(sqrt n).",
         code='''\
from math import isqrt

class Solution:
    def distinctPrimes(self, n):
        primes, d = set(), 2
        while d <= isqrt(n):
            if n % d == 0:
                primes.add(d)
                n //= d
            else:
                d += 1
        if n > 1:
            primes.add(n)
        return len(primes)
'''),
    dict(name="try-every-d", correct=True, time="slow",
         note="Tries every d up to n (which shrinks only by the small factors), so a big prime factor costs O(n) steps.",
         code='''\
class Solution:
    def distinctPrimes(self, n):
        count, d = 0, 2
        while n > 1:
            if n % d == 0:
                count += 1
                while n % d == 0:
                    n //= d
            d += 1
        return count
'''),
    dict(name="counts-with-repeats", correct=False,
         note="Wrong: counts each prime once per time it divides n, so 64 gives 6 instead of 1.",
         code='''\
class Solution:
    def distinctPrimes(self, n):
        count, d = 0, 2
        while d * d <= n:
            while n % d == 0:
                count += 1
                n //= d
            d += 1
        return count + (1 if n > 1 else 0)
'''),
]
