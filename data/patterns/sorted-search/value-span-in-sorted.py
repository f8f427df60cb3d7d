PROBLEM = dict(
    problem_id="value-span-in-sorted",
    title="First and Last Position of Each Value",
    io="call",
    entry_point="spans",
    difficulty="easy",
    tags=["array", "binary-search"],
    pattern="sorted-search",
    split="test",
    statement="""\
`nums` is sorted in non-decreasing order. For each value in `targets`, return `[first, last]`: the first and last
index where it occurs in `nums`, or `[-1, -1]` if it does not occur.

**Example.** `nums = [2, 4, 4, 4, 9]`, `targets = [4, 9, 5]` gives `[[1, 3], [4, 4], [-1, -1]]`.

**Constraints.** `0 <= len(nums), len(targets) <= 3000`, `-10^9 <= values <= 10^9`.
""",
    starter_code="class Solution:\n    def spans(self, nums: List[int], targets: List[int]) -> List[List[int]]:\n",
)

EDGE_INPUTS = [
    [[2, 4, 4, 4, 9], [4, 9, 5]],
    [[], [1]],
    [[3], [3, 2, 4]],
    [[7, 7, 7], [7]],
    [[1, 2, 3], []],
    [[-5, -5, 0], [-5, 0, 1]],
]


def perf_inputs(rng):
    nums = sorted(rng.randint(0, 2000) for _ in range(2500))
    targets = [rng.randint(0, 2100) for _ in range(500)]
    return [[nums, targets]]


SOLUTIONS = [
    dict(name="two-bisects", correct=True, time="fast", reference=True,
         note="On sorted data bisect_left and bisect_right give both ends of a value's block in O(log n).",
         code='''\
from bisect import bisect_left, bisect_right

class Solution:
    def spans(self, nums, targets):
        result = []
        for t in targets:
            lo, hi = bisect_left(nums, t), bisect_right(nums, t)
            result.append([lo, hi - 1] if lo < hi else [-1, -1])
        return result
'''),
    dict(name="scan-all", correct=True, time="slow",
         note="Scanning the whole list for every target records first and last but ignores the order: O(n * q).",
         code='''\
class Solution:
    def spans(self, nums, targets):
        result = []
        for t in targets:
            first, last = -1, -1
            for i in range(len(nums)):
                if nums[i] == t:
                    if first == -1:
                        first = i
                    last = i
            result.append([first, last])
        return result
'''),
    dict(name="lower-bound-twice", correct=True, time="fast",
         note="One hand-written lower bound for t and one for t + 1 give both ends: O(log n) per target.",
         code='''\
class Solution:
    def spans(self, nums, targets):
        def lower(x):
            lo, hi = 0, len(nums)
            while lo < hi:
                mid = (lo + hi) // 2
                if nums[mid] < x:
                    lo = mid + 1
                else:
                    hi = mid
            return lo
        result = []
        for t in targets:
            a, b = lower(t), lower(t + 1)
            result.append([a, b - 1] if a < b else [-1, -1])
        return result
'''),
    dict(name="last-off-by-one", correct=False,
         note="Wrong: reports bisect_right as the last index, one past the block's real end.",
         code='''\
from bisect import bisect_left, bisect_right

class Solution:
    def spans(self, nums, targets):
        result = []
        for t in targets:
            lo, hi = bisect_left(nums, t), bisect_right(nums, t)
            result.append([lo, hi] if lo < hi else [-1, -1])
        return result
'''),
]
