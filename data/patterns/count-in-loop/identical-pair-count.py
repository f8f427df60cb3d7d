PROBLEM = dict(
    problem_id="identical-pair-count",
    title="Count Pairs of Equal Values",
    io="call",
    entry_point="equalPairs",
    difficulty="easy",
    tags=["array", "counting", "math"],
    pattern="count-in-loop",
    split="test",
    statement="""\
Return the number of index pairs `(i, j)` with `i < j` and `nums[i] == nums[j]`.

**Example.** `nums = [3, 1, 3, 3, 1]` gives `4`: three pairs of 3s and one pair of 1s.

**Constraints.** `0 <= len(nums) <= 3000`, `0 <= nums[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def equalPairs(self, nums: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[3, 1, 3, 3, 1]],
    [[]],
    [[5]],
    [[2, 2]],
    [[1, 2, 3, 4]],
    [[0, 0, 0, 0, 0]],
]


def perf_inputs(rng):
    n = 1500
    return [[[rng.randint(0, 10**9) for _ in range(n)]], [[rng.randint(0, 300) for _ in range(n)]]]


SOLUTIONS = [
    dict(name="counter-choose-two", correct=True, time="fast", reference=True,
         note="Count each value once with a Counter; a value seen c times makes c*(c-1)/2 pairs: O(n).",
         code='''\
from collections import Counter

class Solution:
    def equalPairs(self, nums):
        return sum(c * (c - 1) // 2 for c in Counter(nums).values())
'''),
    dict(name="running-seen", correct=True, time="fast",
         note="Walking left to right, each value pairs with every earlier copy of it, kept in a dict: O(n).",
         code='''\
class Solution:
    def equalPairs(self, nums):
        seen = {}
        pairs = 0
        for x in nums:
            pairs += seen.get(x, 0)
            seen[x] = seen.get(x, 0) + 1
        return pairs
'''),
    dict(name="count-each", correct=True, time="slow",
         note="nums.count(x) for every element rescans the list each time: O(n^2), then halves the double count.",
         code='''\
class Solution:
    def equalPairs(self, nums):
        total = 0
        for x in nums:
            total += nums.count(x) - 1
        return total // 2
'''),
    dict(name="square-over-two", correct=False,
         note="Wrong: c*c/2 counts each element paired with itself, too many pairs for every value.",
         code='''\
from collections import Counter

class Solution:
    def equalPairs(self, nums):
        return sum(c * c // 2 for c in Counter(nums).values())
'''),
]
