PROBLEM = dict(
    problem_id="max-subarray-sum",
    title="Maximum Subarray Sum",
    io="call",
    entry_point="maxSubarraySum",
    difficulty="easy",
    tags=["array", "dynamic-programming"],
    split="train",
    statement="""\
Given a non-empty list of integers `nums`, return the largest sum of a contiguous, non-empty slice of it.

**Example.** `nums = [3, -5, 4, -1, 2, -7, 1]` gives `5` (the slice `[4, -1, 2]`).

**Constraints.** `1 <= len(nums) <= 3000`, `-10^4 <= nums[i] <= 10^4`.
""",
    starter_code="class Solution:\n    def maxSubarraySum(self, nums: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[3, -5, 4, -1, 2, -7, 1]],
    [[-4]],
    [[-3, -1, -2]],
    [[0, 0, 0]],
    [[5, 5, -20, 7]],
    [[1, 2, 3, 4]],
]


def perf_inputs(rng):
    n = 3000
    return [[[rng.randint(-10_000, 10_000) for _ in range(n)]] for _ in range(2)]


SOLUTIONS = [
    dict(name="kadane", correct=True, time="fast", memory="lean", reference=True,
         note="O(n) time, O(1) extra memory: best sum ending here, extended or restarted.",
         code='''\
class Solution:
    def maxSubarraySum(self, nums):
        best = cur = nums[0]
        for x in nums[1:]:
            cur = x if cur < 0 else cur + x
            if cur > best:
                best = cur
        return best
'''),
    dict(name="prefix-min", correct=True, time="fast", memory="hungry",
         note="O(n) time, O(n) memory: builds every prefix sum as a list before scanning it.",
         code='''\
from itertools import accumulate

class Solution:
    def maxSubarraySum(self, nums):
        prefix = [0] + list(accumulate(nums))
        pairs = [(p, i) for i, p in enumerate(prefix)]   # kept on purpose: a memory-hungry style
        best, low = nums[0], prefix[0]
        for p, _ in pairs[1:]:
            best = max(best, p - low)
            low = min(low, p)
        return best
'''),
    dict(name="all-pairs", correct=True, time="slow", memory="lean",
         note="O(n^2) time: every start, running sum to every end.",
         code='''\
class Solution:
    def maxSubarraySum(self, nums):
        n = len(nums)
        best = nums[0]
        for i in range(n):
            s = 0
            for j in range(i, n):
                s += nums[j]
                if s > best:
                    best = s
        return best
'''),
    dict(name="all-pairs-prefix", correct=True, time="slow", memory="medium",
         note="O(n^2) time over a prefix-sum list.",
         code='''\
class Solution:
    def maxSubarraySum(self, nums):
        prefix = [0]
        for x in nums:
            prefix.append(prefix[-1] + x)
        n = len(nums)
        return max(prefix[j] - prefix[i] for i in range(n) for j in range(i + 1, n + 1))
'''),
    dict(name="divide-and-conquer", correct=True, time="medium", memory="lean",
         note="O(n log n): best of left half, right half, and the best slice crossing the middle.",
         code='''\
class Solution:
    def maxSubarraySum(self, nums):
        def solve(lo, hi):
            if lo == hi:
                return nums[lo]
            mid = (lo + hi) // 2
            s, left = 0, float("-inf")
            for i in range(mid, lo - 1, -1):
                s += nums[i]
                left = max(left, s)
            s, right = 0, float("-inf")
            for i in range(mid + 1, hi + 1):
                s += nums[i]
                right = max(right, s)
            return max(solve(lo, mid), solve(mid + 1, hi), left + right)
        return solve(0, len(nums) - 1)
'''),
    dict(name="dp-table", correct=True, time="fast", memory="medium",
         note="O(n) time, O(n) memory: a full DP list of best sums ending at each index.",
         code='''\
class Solution:
    def maxSubarraySum(self, nums):
        dp = [0] * len(nums)
        dp[0] = nums[0]
        for i in range(1, len(nums)):
            dp[i] = max(nums[i], dp[i - 1] + nums[i])
        return max(dp)
'''),
    dict(name="reset-at-zero", correct=False,
         note="Wrong: starts from 0 and resets at negatives, so an all-negative list returns 0.",
         code='''\
class Solution:
    def maxSubarraySum(self, nums):
        best = cur = 0
        for x in nums:
            cur = max(0, cur + x)
            best = max(best, cur)
        return best
'''),
]
