PROBLEM = dict(
    problem_id="primes-in-a-list-count",
    title="How Many Entries Are Prime",
    io="call",
    entry_point="countPrimes",
    difficulty="easy",
    tags=["math", "number-theory", "array"],
    pattern="trial-division",
    split="train",
    statement="""\
Return how many entries of the list `nums` are prime numbers (repeated entries count each time).

**Example.** `nums = [2, 4, 7, 9, 11, 11, 1]` gives `4`.

**Constraints.** `0 <= len(nums) <= 2000`, `0 <= nums[i] <= 10^6`.
""",
    starter_code="class Solution:\n    def countPrimes(self, nums: List[int]) -> int:\n",
)

EDGE_INPUTS = [[[2, 4, 7, 9, 11, 11, 1]], [[]], [[0, 1]], [[2]], [[4, 9, 25, 49]], [[3, 5, 97]]]


def perf_inputs(rng):
    return [[[rng.randint(0, 30000) for _ in range(300)]]]


SOLUTIONS = [
    dict(name="isqrt-each", correct=True, time="fast", reference=True,
         note="Test each entry with divisors up to its square root only: O(len(nums) * sqrt(max)).",
         code='''\
from math import isqrt

class Solution:
    def countPrimes(self, nums):
        def prime(x):
            if x < 2:
                return False
            for d in range(2, isqrt(x) + 1):
                if x % d == 0:
                    return False
            return True
        return sum(1 for x in nums if prime(x))
'''),
    dict(name="one-sieve", correct=True, time="fast",
         note="Many numbers are tested, so one sieve up to max(nums) answers each entry by a lookup.",
         code='''\
class Solution:
    def countPrimes(self, nums):
        if not nums:
            return 0
        top = max(nums)
        is_p = [False, False] + [True] * (top - 1)
        for p in range(2, int(top ** 0.5) + 1):
            if is_p[p]:
                is_p[p * p::p] = [False] * len(range(p * p, top + 1, p))
        return sum(1 for x in nums if is_p[x])
'''),
    dict(name="divide-up-to-x", correct=True, time="slow",
         note="Tests every divisor 2..x-1 for each entry, so every prime entry costs x steps instead of sqrt(x).",
         code='''\
class Solution:
    def countPrimes(self, nums):
        count = 0
        for x in nums:
            if x < 2:
                continue
            is_prime = True
            for d in range(2, x):
                if x % d == 0:
                    is_prime = False
                    break
            if is_prime:
                count += 1
        return count
'''),
    dict(name="one-counted-prime", correct=False,
         note="Wrong: only excludes 0, so 1 (which has no divisor test to fail) is counted as prime.",
         code='''\
from math import isqrt

class Solution:
    def countPrimes(self, nums):
        count = 0
        for x in nums:
            if x == 0:
                continue
            if all(x % d for d in range(2, isqrt(x) + 1)):
                count += 1
        return count
'''),
]
