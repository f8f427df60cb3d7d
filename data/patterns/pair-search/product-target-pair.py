PROBLEM = dict(
    problem_id="product-target-pair",
    title="Two Factors From the List",
    io="call",
    entry_point="hasProductPair",
    difficulty="easy",
    tags=["array", "hash-table", "math"],
    pattern="pair-search",
    split="train",
    statement="""\
Return `True` when two entries at different positions of `nums` multiply to exactly `target`, else `False`.

**Example.** `nums = [3, 10, 4, 6]`, `target = 24` gives `True` (4 * 6).

**Constraints.** `0 <= len(nums) <= 3000`, `1 <= nums[i] <= 10^6`, `1 <= target <= 10^12`.
""",
    starter_code="class Solution:\n    def hasProductPair(self, nums: List[int], target: int) -> bool:\n",
)

EDGE_INPUTS = [
    [[3, 10, 4, 6], 24],
    [[], 1],
    [[1], 1],
    [[1, 1], 1],
    [[4, 2], 16],
    [[4, 4], 16],
    [[2, 5, 7], 70],
]


def perf_inputs(rng):
    nums = [rng.randint(1, 10**6) * 2 + 1 for _ in range(1000)]
    return [[nums, 2 * 10**11]]


SOLUTIONS = [
    dict(name="seen-set", correct=True, time="fast", reference=True,
         note="For each entry, its partner target // x is looked up among the earlier entries in a set: O(n).",
         code='''\
class Solution:
    def hasProductPair(self, nums, target):
        seen = set()
        for x in nums:
            if target % x == 0 and target // x in seen:
                return True
            seen.add(x)
        return False
'''),
    dict(name="counter", correct=True, time="fast",
         note="Count the values once; a partner equal to x itself needs a count of at least two: O(n).",
         code='''\
from collections import Counter

class Solution:
    def hasProductPair(self, nums, target):
        counts = Counter(nums)
        for x in counts:
            if target % x == 0:
                y = target // x
                if y in counts and (y != x or counts[x] >= 2):
                    return True
        return False
'''),
    dict(name="all-pairs", correct=True, time="slow",
         note="Multiplies every pair i < j: O(n^2) when a set of seen values finds the partner in O(1).",
         code='''\
class Solution:
    def hasProductPair(self, nums, target):
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums[i] * nums[j] == target:
                    return True
        return False
'''),
    dict(name="square-uses-one-entry", correct=False,
         note="Wrong: a value set lets x pair with itself, so a single 4 seems to make 16.",
         code='''\
class Solution:
    def hasProductPair(self, nums, target):
        values = set(nums)
        return any(target % x == 0 and target // x in values for x in values)
'''),
]
