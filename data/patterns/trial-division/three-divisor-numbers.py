PROBLEM = dict(
    problem_id="three-divisor-numbers",
    title="Numbers With Exactly Three Divisors",
    io="call",
    entry_point="keepThreeDivisors",
    difficulty="easy",
    tags=["math", "number-theory", "array"],
    pattern="trial-division",
    split="train",
    statement="""\
Return, in their original order, the entries of `nums` that have exactly three positive divisors.

**Example.** `nums = [4, 6, 9, 16, 25, 1]` gives `[4, 9, 25]` (16 has five divisors).

**Constraints.** `0 <= len(nums) <= 1000`, `1 <= nums[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def keepThreeDivisors(self, nums: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [[[4, 6, 9, 16, 25, 1]], [[]], [[1]], [[49, 49]], [[8, 27, 121]], [[2, 3, 5]]]


def perf_inputs(rng):
    nums = [rng.randint(1, 25000) for _ in range(50)] + [p * p for p in (101, 103, 127, 149)]
    rng.shuffle(nums)
    return [[nums]]


SOLUTIONS = [
    dict(name="count-to-isqrt", correct=True, time="fast", reference=True,
         note="Count each entry's divisors in pairs up to its square root: O(len(nums) * sqrt(max)).",
         code='''\
from math import isqrt

class Solution:
    def keepThreeDivisors(self, nums):
        def divisors(x):
            r = isqrt(x)
            count = sum(2 for d in range(1, r + 1) if x % d == 0)
            return count - 1 if r * r == x else count
        return [x for x in nums if divisors(x) == 3]
'''),
    dict(name="square-of-prime", correct=True, time="fast",
         note="Exactly three divisors means x is the square of a prime, so test isqrt(x) for primality: O(x^(1/4)) each.",
         code='''\
from math import isqrt

class Solution:
    def keepThreeDivisors(self, nums):
        def prime(p):
            return p >= 2 and all(p % d for d in range(2, isqrt(p) + 1))
        return [x for x in nums if isqrt(x) ** 2 == x and prime(isqrt(x))]
'''),
    dict(name="count-every-divisor", correct=True, time="slow",
         note="Counts divisors by testing all of 1..x for each entry: O(sum of the entries).",
         code='''\
class Solution:
    def keepThreeDivisors(self, nums):
        out = []
        for x in nums:
            count = 0
            for d in range(1, x + 1):
                if x % d == 0:
                    count += 1
            if count == 3:
                out.append(x)
        return out
'''),
    dict(name="any-square", correct=False,
         note="Wrong: keeps every perfect square above 1, but 16 = 4^2 has five divisors; the root must be prime.",
         code='''\
from math import isqrt

class Solution:
    def keepThreeDivisors(self, nums):
        return [x for x in nums if x > 1 and isqrt(x) ** 2 == x]
'''),
]
