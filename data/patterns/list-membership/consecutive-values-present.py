PROBLEM = dict(
    problem_id="consecutive-values-present",
    title="Longest Run of Consecutive Values",
    io="call",
    entry_point="longestRun",
    difficulty="easy",
    tags=["array", "hash-set"],
    pattern="list-membership",
    split="train",
    statement="""\
Return the length of the longest set of consecutive integers `v, v+1, ..., v+k-1` that all occur in `nums`
(in any order, repeats ignored).

**Example.** `nums = [10, 3, 1, 2, 2, 11]` gives `3` (1, 2, 3).

**Constraints.** `0 <= len(nums) <= 3000`, `-10^6 <= nums[i] <= 10^6`.
""",
    starter_code="class Solution:\n    def longestRun(self, nums: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[10, 3, 1, 2, 2, 11]],
    [[]],
    [[5]],
    [[1, 2, 2, 3]],
    [[4, 4, 4]],
    [[-1, 0, 1, 5, 6]],
]


def perf_inputs(rng):
    nums = [rng.randint(0, 6000) for _ in range(2000)]
    return [[nums]]


SOLUTIONS = [
    dict(name="set-walk", correct=True, time="fast", reference=True,
         note="Put the values in a set and walk up only from run starts: O(n) lookups at O(1) each.",
         code='''\
class Solution:
    def longestRun(self, nums):
        values = set(nums)
        best = 0
        for v in values:
            if v - 1 not in values:
                k = 1
                while v + k in values:
                    k += 1
                best = max(best, k)
        return best
'''),
    dict(name="list-walk", correct=True, time="slow",
         note="The same walk, but every `in` scans the list nums: O(n) per lookup, O(n^2) in all.",
         code='''\
class Solution:
    def longestRun(self, nums):
        best = 0
        for v in nums:
            if v - 1 not in nums:
                k = 1
                while v + k in nums:
                    k += 1
                best = max(best, k)
        return best
'''),
    dict(name="sorted-no-dedupe", correct=False,
         note="Wrong: after sorting, a repeated value breaks the run instead of being skipped.",
         code='''\
class Solution:
    def longestRun(self, nums):
        a = sorted(nums)
        best = cur = 1 if a else 0
        for i in range(1, len(a)):
            cur = cur + 1 if a[i] == a[i - 1] + 1 else 1
            best = max(best, cur)
        return best
'''),
    dict(name="sorted-distinct", correct=True, time="fast",
         note="Sort the distinct values and count adjacent steps of 1: O(n log n).",
         code='''\
class Solution:
    def longestRun(self, nums):
        a = sorted(set(nums))
        best = cur = 1 if a else 0
        for i in range(1, len(a)):
            cur = cur + 1 if a[i] == a[i - 1] + 1 else 1
            best = max(best, cur)
        return best
'''),
]
