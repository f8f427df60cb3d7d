PROBLEM = dict(
    problem_id="window-averages-of-k",
    title="Averages of Every Window",
    io="call",
    entry_point="windowAverages",
    difficulty="easy",
    tags=["array", "sliding-window"],
    pattern="prefix-sums",
    split="train",
    statement="""\
Return the average of every window of `k` consecutive elements of `nums`, from left to right (a float each).

**Example.** `nums = [1, 3, 2, 6]`, `k = 2` gives `[2.0, 2.5, 4.0]`.

**Constraints.** `1 <= k <= len(nums) <= 2 * 10^4`, `-10^4 <= nums[i] <= 10^4`.
""",
    starter_code="class Solution:\n    def windowAverages(self, nums: List[int], k: int) -> List[float]:\n",
)

EDGE_INPUTS = [
    [[1, 3, 2, 6], 2],
    [[5], 1],
    [[1, 2, 3], 3],
    [[4, -4, 4], 1],
    [[0, 0, 0, 0], 2],
    [[1, 2], 1],
]


def perf_inputs(rng):
    return [[[rng.randint(-10**4, 10**4) for _ in range(5000)], 1500]]


SOLUTIONS = [
    dict(name="running-total", correct=True, time="fast", reference=True,
         note="Slide a running total: add the element entering, subtract the one leaving: O(n).",
         code='''\
class Solution:
    def windowAverages(self, nums, k):
        total = sum(nums[:k])
        out = [total / k]
        for i in range(k, len(nums)):
            total += nums[i] - nums[i - k]
            out.append(total / k)
        return out
'''),
    dict(name="sum-each-window", correct=True, time="slow",
         note="`sum(nums[i:i + k])` re-adds k elements for every window: O(n * k).",
         code='''\
class Solution:
    def windowAverages(self, nums, k):
        out = []
        for i in range(len(nums) - k + 1):
            out.append(sum(nums[i:i + k]) / k)
        return out
'''),
    dict(name="one-window-short", correct=False,
         note="Wrong: range(len(nums) - k) misses the last window.",
         code='''\
class Solution:
    def windowAverages(self, nums, k):
        prefix = [0]
        for x in nums:
            prefix.append(prefix[-1] + x)
        return [(prefix[i + k] - prefix[i]) / k for i in range(len(nums) - k)]
'''),
    dict(name="prefix-table", correct=True, time="fast",
         note="Prefix sums give each window's sum as one subtraction: O(n).",
         code='''\
class Solution:
    def windowAverages(self, nums, k):
        prefix = [0]
        for x in nums:
            prefix.append(prefix[-1] + x)
        return [(prefix[i + k] - prefix[i]) / k for i in range(len(nums) - k + 1)]
'''),
]
