PROBLEM = dict(
    problem_id="occurrences-of-each-entry",
    title="How Often Each Entry Occurs",
    io="call",
    entry_point="occurrenceList",
    difficulty="easy",
    tags=["array", "counting"],
    pattern="count-in-loop",
    split="test",
    statement="""\
Return a list `out` with `out[i]` = the number of times `nums[i]` occurs in the whole of `nums`.

**Example.** `nums = [8, 3, 8, 8, 5]` gives `[3, 1, 3, 3, 1]`.

**Constraints.** `0 <= len(nums) <= 3000`, `0 <= nums[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def occurrenceList(self, nums: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[8, 3, 8, 8, 5]],
    [[]],
    [[0]],
    [[2, 2]],
    [[1, 2, 1, 2, 1]],
    [[10**9, 7, 10**9]],
]


def perf_inputs(rng):
    n = 1400
    return [[[rng.randint(0, 10**9) for _ in range(n)]], [[rng.randint(0, 50) for _ in range(n)]]]


SOLUTIONS = [
    dict(name="counter-map", correct=True, time="fast", reference=True,
         note="Count the list once with a Counter and read each element's count from it: O(n).",
         code='''\
from collections import Counter

class Solution:
    def occurrenceList(self, nums):
        counts = Counter(nums)
        return [counts[x] for x in nums]
'''),
    dict(name="count-each", correct=True, time="slow",
         note="nums.count(x) for every element rescans the whole list: O(n^2).",
         code='''\
class Solution:
    def occurrenceList(self, nums):
        out = []
        for x in nums:
            out.append(nums.count(x))
        return out
'''),
    dict(name="dict-map", correct=True, time="fast",
         note="One loop fills a dict of counts, a second reads it per element: O(n).",
         code='''\
class Solution:
    def occurrenceList(self, nums):
        counts = {}
        for x in nums:
            counts[x] = counts.get(x, 0) + 1
        return [counts[x] for x in nums]
'''),
    dict(name="running-count", correct=False,
         note="Wrong: reports how many copies have been seen so far, not the total over the whole list.",
         code='''\
class Solution:
    def occurrenceList(self, nums):
        counts = {}
        out = []
        for x in nums:
            counts[x] = counts.get(x, 0) + 1
            out.append(counts[x])
        return out
'''),
]
