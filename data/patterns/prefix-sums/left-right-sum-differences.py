PROBLEM = dict(
    problem_id="left-right-sum-differences",
    title="Left and Right Sum Differences",
    io="call",
    entry_point="sideGaps",
    difficulty="easy",
    tags=["array", "prefix-sum"],
    pattern="prefix-sums",
    split="train",
    statement="""\
For every index `i`, compute `|L - R|`, where `L` is the sum of the elements before `i` and `R` the sum of the
elements after it (an empty side counts as 0). Return the list of these values.

**Example.** `nums = [10, 4, 8, 3]` gives `[15, 1, 11, 22]`.

**Constraints.** `0 <= len(nums) <= 5000`, `0 <= nums[i] <= 10^5`.
""",
    starter_code="class Solution:\n    def sideGaps(self, nums: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[10, 4, 8, 3]],
    [[]],
    [[6]],
    [[1, 1]],
    [[0, 0, 0]],
    [[5, 0, 5]],
]


def perf_inputs(rng):
    return [[[rng.randint(0, 10**5) for _ in range(2600)]]]


SOLUTIONS = [
    dict(name="running-left", correct=True, time="fast", reference=True,
         note="Keep the left sum running; the right sum is total - left - nums[i]: O(n).",
         code='''\
class Solution:
    def sideGaps(self, nums):
        total, left = sum(nums), 0
        out = []
        for x in nums:
            out.append(abs(left - (total - left - x)))
            left += x
        return out
'''),
    dict(name="resum-sides", correct=True, time="slow",
         note="Both sides are re-summed for every index: O(n) per index, O(n^2) in all.",
         code='''\
class Solution:
    def sideGaps(self, nums):
        out = []
        for i in range(len(nums)):
            out.append(abs(sum(nums[:i]) - sum(nums[i + 1:])))
        return out
'''),
    dict(name="includes-self", correct=False,
         note="Wrong: counts nums[i] in the left sum as well.",
         code='''\
class Solution:
    def sideGaps(self, nums):
        total, left = sum(nums), 0
        out = []
        for x in nums:
            left += x
            out.append(abs(left - (total - left)))
        return out
'''),
    dict(name="prefix-table", correct=True, time="fast",
         note="One prefix table answers both side sums of every index in O(1): O(n).",
         code='''\
class Solution:
    def sideGaps(self, nums):
        prefix = [0]
        for x in nums:
            prefix.append(prefix[-1] + x)
        total = prefix[-1]
        return [abs(prefix[i] - (total - prefix[i + 1])) for i in range(len(nums))]
'''),
]
