PROBLEM = dict(
    problem_id="running-maximum-list",
    title="Running Maximum of a Series",
    io="call",
    entry_point="runningMax",
    difficulty="easy",
    tags=["array", "prefix"],
    pattern="copy-in-loop",
    split="train",
    statement="""\
Return the list whose entry `i` is the largest of `nums[0], ..., nums[i]`.

**Example.** `nums = [3, 1, 4, 1, 5]` gives `[3, 3, 4, 4, 5]`.

**Constraints.** `0 <= len(nums) <= 10^4`, `-10^9 <= nums[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def runningMax(self, nums: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[3, 1, 4, 1, 5]],
    [[]],
    [[-7]],
    [[-3, -5, -1]],
    [[5, 4, 3]],
    [[2, 2, 2]],
]


def perf_inputs(rng):
    return [[[rng.randint(-10**9, 10**9) for _ in range(6000)]]]


SOLUTIONS = [
    dict(name="append", correct=True, time="fast", reference=True,
         note="append adds one entry in amortised O(1), so the whole list costs O(n).",
         code='''\
class Solution:
    def runningMax(self, nums):
        out = []
        for x in nums:
            out.append(x if not out or x > out[-1] else out[-1])
        return out
'''),
    dict(name="concat-each-step", correct=True, time="slow",
         note="out = out + [m] builds a brand-new list, copying every earlier entry, at each step: O(n^2).",
         code='''\
class Solution:
    def runningMax(self, nums):
        out = []
        best = None
        for x in nums:
            if best is None or x > best:
                best = x
            out = out + [best]
        return out
'''),
    dict(name="accumulate-max", correct=True, time="fast",
         note="itertools.accumulate with max produces the running maximum in one O(n) pass.",
         code='''\
from itertools import accumulate

class Solution:
    def runningMax(self, nums):
        return list(accumulate(nums, max))
'''),
    dict(name="zero-start", correct=False,
         note="Wrong: starting the maximum at 0 reports 0 while every value so far is negative.",
         code='''\
class Solution:
    def runningMax(self, nums):
        out = []
        best = 0
        for x in nums:
            best = max(best, x)
            out.append(best)
        return out
'''),
]
