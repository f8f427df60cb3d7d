PROBLEM = dict(
    problem_id="index-offset-pairs",
    title="Pairs That Grow in Step With Their Positions",
    io="call",
    entry_point="stepPairs",
    difficulty="easy",
    tags=["array", "hash-table", "math"],
    pattern="pair-search",
    split="train",
    statement="""\
Count the pairs of positions `i < j` with `nums[j] - nums[i] == j - i`.

**Example.** `nums = [3, 4, 9, 6, 7]` gives `6`: every pair among positions 0, 1, 3, 4.

**Constraints.** `0 <= len(nums) <= 3000`, `-10^9 <= nums[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def stepPairs(self, nums: List[int]) -> int:\n",
)

EDGE_INPUTS = [[[3, 4, 9, 6, 7]], [[]], [[5]], [[1, 2]], [[2, 1]], [[0, 0, 0]], [[-3, -2, 10, 0]]]


def perf_inputs(rng):
    return [[[i + rng.randint(0, 40) for i in range(1150)]]]


SOLUTIONS = [
    dict(name="key-counts", correct=True, time="fast", reference=True,
         note="The condition is nums[j] - j == nums[i] - i, so count pairs with equal keys in one O(n) pass with a dict.",
         code='''\
class Solution:
    def stepPairs(self, nums):
        seen = {}
        pairs = 0
        for i, x in enumerate(nums):
            key = x - i
            pairs += seen.get(key, 0)
            seen[key] = seen.get(key, 0) + 1
        return pairs
'''),
    dict(name="counter-formula", correct=True, time="fast",
         note="Count the keys nums[i] - i with a Counter; c equal keys give c * (c - 1) / 2 pairs.",
         code='''\
from collections import Counter

class Solution:
    def stepPairs(self, nums):
        keys = Counter(x - i for i, x in enumerate(nums))
        return sum(c * (c - 1) // 2 for c in keys.values())
'''),
    dict(name="all-pairs", correct=True, time="slow",
         note="Tests every pair i < j: O(n^2) where rewriting the condition as equal keys needs one pass.",
         code='''\
class Solution:
    def stepPairs(self, nums):
        pairs = 0
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums[j] - nums[i] == j - i:
                    pairs += 1
        return pairs
'''),
    dict(name="plus-instead-of-minus", correct=False,
         note="Wrong: keys on nums[i] + i, which matches nums[j] - nums[i] == i - j, the opposite direction.",
         code='''\
from collections import Counter

class Solution:
    def stepPairs(self, nums):
        keys = Counter(x + i for i, x in enumerate(nums))
        return sum(c * (c - 1) // 2 for c in keys.values())
'''),
]
