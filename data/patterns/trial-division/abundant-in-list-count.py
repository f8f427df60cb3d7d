PROBLEM = dict(
    problem_id="abundant-in-list-count",
    title="Count the Abundant Numbers",
    io="call",
    entry_point="countAbundant",
    difficulty="easy",
    tags=["math", "number-theory", "array"],
    pattern="trial-division",
    split="train",
    statement="""\
A number is abundant when the sum of its divisors other than itself is larger than the number. Return how many
entries of `nums` are abundant.

**Example.** `nums = [12, 13, 18, 28, 945]` gives `3` (12, 18 and 945; 28 is exactly equal, not larger).

**Constraints.** `0 <= len(nums) <= 1000`, `1 <= nums[i] <= 10^6`.
""",
    starter_code="class Solution:\n    def countAbundant(self, nums: List[int]) -> int:\n",
)

EDGE_INPUTS = [[[12, 13, 18, 28, 945]], [[]], [[1]], [[6, 6]], [[24, 36, 20]], [[7, 8, 9, 10]]]


def perf_inputs(rng):
    return [[[rng.randint(1, 20000) for _ in range(60)]]]


SOLUTIONS = [
    dict(name="pairs-to-isqrt", correct=True, time="fast", reference=True,
         note="Sum each entry's divisors in pairs (d, x // d) up to its square root: O(len(nums) * sqrt(max)).",
         code='''\
from math import isqrt

class Solution:
    def countAbundant(self, nums):
        def proper_sum(x):
            total = 0
            for d in range(1, isqrt(x) + 1):
                if x % d == 0:
                    total += d
                    if d != x // d:
                        total += x // d
            return total - x
        return sum(1 for x in nums if proper_sum(x) > x)
'''),
    dict(name="while-square", correct=True, time="fast",
         note="The same pairing written with a while loop on d * d <= x.",
         code='''\
class Solution:
    def countAbundant(self, nums):
        count = 0
        for x in nums:
            total, d = 0, 1
            while d * d <= x:
                if x % d == 0:
                    total += d + x // d
                    if d * d == x:
                        total -= d
                d += 1
            if total - x > x:
                count += 1
        return count
'''),
    dict(name="every-smaller-number", correct=True, time="slow",
         note="Tests every number below each entry as a divisor: O(sum of the entries) instead of O(sum of their roots).",
         code='''\
class Solution:
    def countAbundant(self, nums):
        count = 0
        for x in nums:
            total = 0
            for d in range(1, x):
                if x % d == 0:
                    total += d
            if total > x:
                count += 1
        return count
'''),
    dict(name="at-least-not-more", correct=False,
         note="Wrong: uses >= so perfect numbers like 6 and 28 are counted as abundant.",
         code='''\
from math import isqrt

class Solution:
    def countAbundant(self, nums):
        count = 0
        for x in nums:
            total = sum(d + x // d for d in range(1, isqrt(x) + 1) if x % d == 0)
            if isqrt(x) ** 2 == x:
                total -= isqrt(x)
            if total - x >= x:
                count += 1
        return count
'''),
]
