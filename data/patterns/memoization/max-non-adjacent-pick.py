PROBLEM = dict(
    problem_id="max-non-adjacent-pick",
    title="Largest Sum Without Neighbours",
    io="call",
    entry_point="bestSum",
    difficulty="easy",
    tags=["dynamic-programming", "array", "recursion"],
    pattern="memoization",
    split="train",
    statement="""\
Pick some of the numbers in `nums` so that no two picked numbers sit next to each other in the list, and
return the largest possible sum of the picked numbers (picking nothing gives 0).

**Example.** `nums = [3, 8, 4, 1, 6]` gives `14` (8 + 6).

**Constraints.** `0 <= len(nums) <= 40`, `0 <= nums[i] <= 10^4`.
""",
    starter_code="class Solution:\n    def bestSum(self, nums: List[int]) -> int:\n",
)

EDGE_INPUTS = [[[3, 8, 4, 1, 6]], [[]], [[5]], [[2, 9]], [[4, 1, 1, 4]], [[5, 1, 1, 5, 1]]]


def perf_inputs(rng):
    return [[[rng.randint(0, 10**4) for _ in range(23)]], [[rng.randint(0, 9) for _ in range(22)]]]


SOLUTIONS = [
    dict(name="take-or-skip-running", correct=True, time="fast", reference=True,
         note="One pass keeping the best sum with and without the previous number: O(n).",
         code='''\
class Solution:
    def bestSum(self, nums):
        take, skip = 0, 0
        for x in nums:
            take, skip = skip + x, max(take, skip)
        return max(take, skip)
'''),
    dict(name="memo-recursion", correct=True, time="fast",
         note="The best sum from index i onward is cached, so each index is decided once: O(n).",
         code='''\
from functools import lru_cache

class Solution:
    def bestSum(self, nums):
        @lru_cache(maxsize=None)
        def best(i):
            if i >= len(nums):
                return 0
            return max(best(i + 1), nums[i] + best(i + 2))
        return best(0)
'''),
    dict(name="plain-recursion", correct=True, time="slow",
         note="Plain take-or-skip recursion re-solves the same suffixes: about 1.6^n calls.",
         code='''\
class Solution:
    def bestSum(self, nums):
        def best(i):
            if i >= len(nums):
                return 0
            return max(best(i + 1), nums[i] + best(i + 2))
        return best(0)
'''),
    dict(name="odd-or-even-slots", correct=False,
         note="Wrong: only compares all even positions with all odd positions, missing picks like first and last of four.",
         code='''\
class Solution:
    def bestSum(self, nums):
        return max(sum(nums[0::2]), sum(nums[1::2]))
'''),
]
