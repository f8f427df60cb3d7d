PROBLEM = dict(
    problem_id="pair-with-gap-k",
    title="Two Entries That Differ by k",
    io="call",
    entry_point="hasGap",
    difficulty="easy",
    tags=["array", "hash-table"],
    pattern="pair-search",
    split="train",
    statement="""\
Return `True` when there are two different positions `i != j` with `nums[i] - nums[j] == k`, else `False`.

**Example.** `nums = [8, 1, 5, 12]`, `k = 4` gives `True` (12 - 8, or 5 - 1).

**Constraints.** `0 <= len(nums) <= 3000`, `0 <= nums[i] <= 10^9`, `0 <= k <= 10^9`.
""",
    starter_code="class Solution:\n    def hasGap(self, nums: List[int], k: int) -> bool:\n",
)

EDGE_INPUTS = [
    [[8, 1, 5, 12], 4],
    [[], 0],
    [[5], 0],
    [[5, 5], 0],
    [[3, 7], 3],
    [[1, 2, 3], 0],
    [[10, 4], 6],
]


def perf_inputs(rng):
    nums = rng.sample(range(0, 10**9, 7), 700)
    return [[nums, 3], [nums[:450], 0]]


SOLUTIONS = [
    dict(name="counter-lookup", correct=True, time="fast", reference=True,
         note="Count the values once; then each value x only needs a lookup of x + k (x itself twice when k is 0): O(n).",
         code='''\
from collections import Counter

class Solution:
    def hasGap(self, nums, k):
        counts = Counter(nums)
        if k == 0:
            return any(c >= 2 for c in counts.values())
        return any(x + k in counts for x in counts)
'''),
    dict(name="seen-set", correct=True, time="fast",
         note="One pass with a set of earlier values: the current x pairs with an earlier x - k or x + k, O(n).",
         code='''\
class Solution:
    def hasGap(self, nums, k):
        seen = set()
        for x in nums:
            if x - k in seen or x + k in seen:
                return True
            seen.add(x)
        return False
'''),
    dict(name="all-pairs", correct=True, time="slow",
         note="Compares every ordered pair of positions: O(n^2) when a set of values answers each lookup in O(1).",
         code='''\
class Solution:
    def hasGap(self, nums, k):
        for i in range(len(nums)):
            for j in range(len(nums)):
                if i != j and nums[i] - nums[j] == k:
                    return True
        return False
'''),
    dict(name="set-pairs-itself", correct=False,
         note="Wrong: with k = 0 a plain set finds x + 0 = x itself, so any single entry looks like a pair.",
         code='''\
class Solution:
    def hasGap(self, nums, k):
        values = set(nums)
        return any(x + k in values for x in values)
'''),
]
