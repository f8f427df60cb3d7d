PROBLEM = dict(
    problem_id="balance-point-index",
    title="The Balance Point",
    io="call",
    entry_point="balancePoint",
    difficulty="easy",
    tags=["array", "prefix-sum"],
    pattern="prefix-sums",
    split="train",
    statement="""\
Return the smallest index `i` such that the sum of the elements left of `i` equals the sum of the elements
right of `i` (an empty side sums to 0), or `-1` if there is none.

**Example.** `nums = [1, 7, 3, 6, 5, 6]` gives `3` (1 + 7 + 3 = 5 + 6).

**Constraints.** `0 <= len(nums) <= 5000`, `-1000 <= nums[i] <= 1000`.
""",
    starter_code="class Solution:\n    def balancePoint(self, nums: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[1, 7, 3, 6, 5, 6]],
    [[]],
    [[9]],
    [[1, 2, 3]],
    [[0, 0, 0]],
    [[2, 1, -1]],
]


def perf_inputs(rng):
    while True:                                  # draw until there is no balance point: every index is tried
        nums = [rng.randint(-1000, 1000) for _ in range(2400)]
        total, left = sum(nums), 0
        for x in nums:
            if 2 * left + x == total:
                break
            left += x
        else:
            return [[nums]]


SOLUTIONS = [
    dict(name="running-left", correct=True, time="fast", reference=True,
         note="Keep the left sum as a running total; the right sum is total - left - nums[i]: O(n).",
         code='''\
class Solution:
    def balancePoint(self, nums):
        total, left = sum(nums), 0
        for i, x in enumerate(nums):
            if left == total - left - x:
                return i
            left += x
        return -1
'''),
    dict(name="sum-both-sides", correct=True, time="slow",
         note="Both sides are re-summed from scratch at every index: O(n) per index, O(n^2) in all.",
         code='''\
class Solution:
    def balancePoint(self, nums):
        for i in range(len(nums)):
            if sum(nums[:i]) == sum(nums[i + 1:]):
                return i
        return -1
'''),
    dict(name="last-point", correct=False,
         note="Wrong: scans from the right and returns the largest balance index, not the smallest.",
         code='''\
class Solution:
    def balancePoint(self, nums):
        total, right = sum(nums), 0
        for i in range(len(nums) - 1, -1, -1):
            if right == total - right - nums[i]:
                return i
            right += nums[i]
        return -1
'''),
    dict(name="prefix-table", correct=True, time="fast",
         note="A prefix table gives both side sums in O(1) per index: O(n).",
         code='''\
class Solution:
    def balancePoint(self, nums):
        prefix = [0]
        for x in nums:
            prefix.append(prefix[-1] + x)
        for i in range(len(nums)):
            if prefix[i] == prefix[-1] - prefix[i + 1]:
                return i
        return -1
'''),
]
