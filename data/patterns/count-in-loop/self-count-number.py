PROBLEM = dict(
    problem_id="self-count-number",
    title="Largest Number Equal to Its Own Count",
    io="call",
    entry_point="largestSelfCount",
    difficulty="easy",
    tags=["array", "counting"],
    pattern="count-in-loop",
    split="test",
    statement="""\
Return the largest value `v` in `nums` that occurs exactly `v` times in `nums`, or `-1` if there is none.

**Example.** `nums = [2, 2, 3, 3, 3, 4]` gives `3` (2 occurs twice and 3 three times; 3 is larger).

**Constraints.** `0 <= len(nums) <= 3000`, `1 <= nums[i] <= 3000`.
""",
    starter_code="class Solution:\n    def largestSelfCount(self, nums: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[2, 2, 3, 3, 3, 4]],
    [[]],
    [[1]],
    [[2]],
    [[1, 2, 2, 1]],
    [[3, 3, 3, 3]],
    [[1, 4, 4, 4, 4, 2, 2]],
]


def perf_inputs(rng):
    nums = []
    for v in range(1, 50):
        nums += [v] * rng.choice([v, v - 1, v + 1])
    nums += [rng.randint(60, 3000) for _ in range(2000 - len(nums))]
    rng.shuffle(nums)
    return [[nums]]


SOLUTIONS = [
    dict(name="counter-max", correct=True, time="fast", reference=True,
         note="Count all values once with a Counter, then take the largest whose count equals it: O(n).",
         code='''\
from collections import Counter

class Solution:
    def largestSelfCount(self, nums):
        counts = Counter(nums)
        return max((v for v, c in counts.items() if v == c), default=-1)
'''),
    dict(name="count-each", correct=True, time="slow",
         note="nums.count(x) for every element rescans the list each time: O(n^2).",
         code='''\
class Solution:
    def largestSelfCount(self, nums):
        best = -1
        for x in nums:
            if nums.count(x) == x and x > best:
                best = x
        return best
'''),
    dict(name="dict-max", correct=True, time="fast",
         note="A dict of counts filled in one pass, then one loop over its items: O(n).",
         code='''\
class Solution:
    def largestSelfCount(self, nums):
        counts = {}
        for x in nums:
            counts[x] = counts.get(x, 0) + 1
        best = -1
        for v, c in counts.items():
            if v == c:
                best = max(best, v)
        return best
'''),
    dict(name="first-match", correct=False,
         note="Wrong: returns the first value met whose count matches, not the largest one.",
         code='''\
from collections import Counter

class Solution:
    def largestSelfCount(self, nums):
        counts = Counter(nums)
        for v in nums:
            if counts[v] == v:
                return v
        return -1
'''),
]
