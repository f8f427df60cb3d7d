PROBLEM = dict(
    problem_id="compress-adjacent-repeats",
    title="Collapse Runs of Equal Neighbours",
    io="call",
    entry_point="collapse",
    difficulty="easy",
    tags=["array"],
    pattern="copy-in-loop",
    split="train",
    statement="""\
Return `nums` with every run of equal neighbouring values shrunk to a single copy, keeping the order.

**Example.** `nums = [3, 3, 1, 1, 1, 3, 2, 2]` gives `[3, 1, 3, 2]`.

**Constraints.** `0 <= len(nums) <= 2 * 10^4`, `-10^9 <= nums[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def collapse(self, nums: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[3, 3, 1, 1, 1, 3, 2, 2]],
    [[]],
    [[5]],
    [[5, 5, 5]],
    [[1, 2, 1, 2]],
    [[0, 0, 1, 0, 0]],
]


def perf_inputs(rng):
    nums = []
    while len(nums) < 5500:
        nums += [rng.randint(-10**9, 10**9)] * rng.randint(1, 3)
    return [[nums]]


SOLUTIONS = [
    dict(name="append-if-new", correct=True, time="fast", reference=True,
         note="Build a new list, appending a value only when it differs from the last one kept: O(n).",
         code='''\
class Solution:
    def collapse(self, nums):
        out = []
        for x in nums:
            if not out or out[-1] != x:
                out.append(x)
        return out
'''),
    dict(name="cut-out-repeats", correct=True, time="slow",
         note="nums = nums[:i] + nums[i + 1:] rebuilds the whole list to delete each repeat: O(n * repeats).",
         code='''\
class Solution:
    def collapse(self, nums):
        i = 1
        while i < len(nums):
            if nums[i] == nums[i - 1]:
                nums = nums[:i] + nums[i + 1:]
            else:
                i += 1
        return nums
'''),
    dict(name="groupby-keys", correct=True, time="fast",
         note="itertools.groupby yields one key per run in a single pass: O(n).",
         code='''\
from itertools import groupby

class Solution:
    def collapse(self, nums):
        return [key for key, _ in groupby(nums)]
'''),
    dict(name="distinct-values", correct=False,
         note="Wrong: dict.fromkeys removes every later repeat of a value, not only its neighbours.",
         code='''\
class Solution:
    def collapse(self, nums):
        return list(dict.fromkeys(nums))
'''),
]
