PROBLEM = dict(
    problem_id="count-primes-below",
    title="Count the Primes Below n",
    io="call",
    entry_point="countPrimes",
    difficulty="easy",
    tags=["math", "number-theory"],
    split="train",
    statement="""\
Return how many prime numbers are **strictly smaller** than the integer `n`. A prime is an integer greater than
1 whose only positive divisors are 1 and itself.

**Example.** `n = 20` gives `8`: the primes below 20 are 2, 3, 5, 7, 11, 13, 17 and 19.

**Constraints.** `0 <= n <= 3 * 10^5`.
""",
    starter_code="class Solution:\n    def countPrimes(self, n: int) -> int:\n",
)

EDGE_INPUTS = [
    [20],
    [0],
    [1],
    [2],
    [3],
    [7],
    [11],
    [100],
]


def perf_inputs(rng):
    return [[rng.randint(280_000, 300_000)], [rng.randint(200_000, 220_000)]]


SOLUTIONS = [
    dict(name="bytearray-sieve", correct=True, time="fast", memory="lean", reference=True,
         note="O(n log log n) time, n bytes: sieve of Eratosthenes with slice assignment on a bytearray.",
         code='''\
class Solution:
    def countPrimes(self, n):
        if n < 3:
            return 0
        sieve = bytearray([1]) * n
        sieve[0] = sieve[1] = 0
        p = 2
        while p * p < n:
            if sieve[p]:
                sieve[p * p::p] = bytes(len(range(p * p, n, p)))
            p += 1
        return sum(sieve)
'''),
    dict(name="odd-only-sieve", correct=True, time="fast", memory="lean",
         note="O(n log log n) time, n/2 bytes: index i of the bytearray stands for the odd number 2i+1.",
         code='''\
from math import isqrt

class Solution:
    def countPrimes(self, n):
        if n < 3:
            return 0
        half = n // 2                       # odd numbers 1, 3, ..., below n
        odd = bytearray([1]) * half
        odd[0] = 0                          # 1 is not prime
        for i in range(1, (isqrt(n - 1) - 1) // 2 + 1):
            if odd[i]:
                p = 2 * i + 1
                start = p * p // 2
                odd[start::p] = bytes(len(range(start, half, p)))
        return 1 + odd.count(1)             # the 1 is for the prime 2
'''),
    dict(name="list-of-bools-sieve", correct=True, time="medium", memory="hungry",
         note="O(n log log n) time with an explicit inner loop; a Python list of n booleans (8 bytes a slot).",
         code='''\
class Solution:
    def countPrimes(self, n):
        if n < 2:
            return 0
        is_prime = [True] * n
        is_prime[0] = is_prime[1] = False
        i = 2
        while i * i < n:
            if is_prime[i]:
                for j in range(i * i, n, i):
                    is_prime[j] = False
            i += 1
        return is_prime.count(True)
'''),
    dict(name="trial-division", correct=True, time="slow", memory="lean",
         note="O(n sqrt n) time, O(1) memory: tests every candidate against every divisor up to its square root.",
         code='''\
class Solution:
    def countPrimes(self, n):
        count = 0
        for k in range(2, n):
            d = 2
            while d * d <= k:
                if k % d == 0:
                    break
                d += 1
            else:
                count += 1
        return count
'''),
    dict(name="divide-by-known-primes", correct=True, time="medium", memory="medium",
         note="O(n sqrt n / log n) time: trial division by the primes found so far, up to the square root.",
         code='''\
class Solution:
    def countPrimes(self, n):
        primes = []
        for k in range(2, n):
            for p in primes:
                if p * p > k:
                    primes.append(k)
                    break
                if k % p == 0:
                    break
            else:
                primes.append(k)
        return len(primes)
'''),
    dict(name="composite-set", correct=True, time="medium", memory="hungry",
         note="O(n log log n) set insertions: every multiple of every prime goes into a set of composites.",
         code='''\
class Solution:
    def countPrimes(self, n):
        composites = set()
        count = 0
        for k in range(2, n):
            if k not in composites:
                count += 1
                if k * k < n:
                    composites.update(range(k * k, n, k))
        return count
'''),
    dict(name="counts-n-itself", correct=False,
         note="Wrong: sieves up to and including n, so n itself is counted when it is prime.",
         code='''\
class Solution:
    def countPrimes(self, n):
        if n < 2:
            return 0
        sieve = bytearray([1]) * (n + 1)
        sieve[0] = sieve[1] = 0
        for p in range(2, int(n ** 0.5) + 1):
            if sieve[p]:
                sieve[p * p::p] = bytes(len(range(p * p, n + 1, p)))
        return sum(sieve)
'''),
]
