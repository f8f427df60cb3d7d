PROBLEM = dict(
    problem_id="next-prime-after",
    title="The Next Prime",
    io="call",
    entry_point="nextPrime",
    difficulty="easy",
    tags=["math", "number-theory"],
    pattern="trial-division",
    split="train",
    statement="""\
Return the smallest prime number that is strictly greater than `n`.

**Example.** `n = 13` gives `17`; `n = 1` gives `2`.

**Constraints.** `0 <= n <= 10^9`.
""",
    starter_code="class Solution:\n    def nextPrime(self, n: int) -> int:\n",
)

EDGE_INPUTS = [[13], [0], [1], [2], [23], [24], [120]]


def perf_inputs(rng):
    return [[400000], [250000]]


SOLUTIONS = [
    dict(name="isqrt-test", correct=True, time="fast", reference=True,
         note="Each candidate is tested with divisors up to its square root only: O(gap * sqrt n).",
         code='''\
from math import isqrt

class Solution:
    def nextPrime(self, n):
        def prime(x):
            return x >= 2 and all(x % d for d in range(2, isqrt(x) + 1))
        k = n + 1
        while not prime(k):
            k += 1
        return k
'''),
    dict(name="odd-candidates", correct=True, time="fast",
         note="Skips even candidates and tests odd divisors up to the root: O(gap * sqrt n).",
         code='''\
class Solution:
    def nextPrime(self, n):
        if n < 2:
            return 2
        k = n + 1 if n % 2 == 0 else n + 2
        while True:
            d = 3
            while d * d <= k and k % d:
                d += 2
            if d * d > k:
                return k
            k += 2
'''),
    dict(name="divide-up-to-candidate", correct=True, time="slow",
         note="Tests each candidate with every divisor below it: each prime check costs k steps instead of sqrt(k).",
         code='''\
class Solution:
    def nextPrime(self, n):
        k = n + 1
        while True:
            if k >= 2:
                is_prime = True
                for d in range(2, k):
                    if k % d == 0:
                        is_prime = False
                        break
                if is_prime:
                    return k
            k += 1
'''),
    dict(name="allows-equal", correct=False,
         note="Wrong: starts the search at n itself, so a prime n is returned instead of the next one.",
         code='''\
from math import isqrt

class Solution:
    def nextPrime(self, n):
        k = max(n, 2)
        while not all(k % d for d in range(2, isqrt(k) + 1)):
            k += 1
        return k
'''),
]
