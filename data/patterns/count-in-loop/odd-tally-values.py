PROBLEM = dict(
    problem_id="odd-tally-values",
    title="Values With an Odd Tally",
    io="call",
    entry_point="oddTally",
    difficulty="easy",
    tags=["array", "counting", "sorting"],
    pattern="count-in-loop",
    split="test",
    statement="""\
Return, sorted in increasing order, the distinct values that occur an odd number of times in `nums`.

**Example.** `nums = [6, 2, 6, 6, 2, 9]` gives `[6, 9]` (6 three times, 9 once, 2 twice).

**Constraints.** `0 <= len(nums) <= 3000`, `-10^9 <= nums[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def oddTally(self, nums: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[6, 2, 6, 6, 2, 9]],
    [[]],
    [[4]],
    [[4, 4]],
    [[3, 3, 3]],
    [[-1, 1, -1, 1, 0]],
]


def perf_inputs(rng):
    n = 1300
    return [[[rng.randint(0, 500) for _ in range(n)]], [[rng.randint(-10**9, 10**9) for _ in range(n)]]]


SOLUTIONS = [
    dict(name="counter-odd", correct=True, time="fast", reference=True,
         note="Count every value once with a Counter and keep those with an odd count: O(n log n) with the sort.",
         code='''\
from collections import Counter

class Solution:
    def oddTally(self, nums):
        return sorted(v for v, c in Counter(nums).items() if c % 2 == 1)
'''),
    dict(name="toggle-set", correct=True, time="fast",
         note="Toggle each value in a set as it passes: what remains occurred an odd number of times, O(n).",
         code='''\
class Solution:
    def oddTally(self, nums):
        odd = set()
        for x in nums:
            if x in odd:
                odd.remove(x)
            else:
                odd.add(x)
        return sorted(odd)
'''),
    dict(name="count-each", correct=True, time="slow",
         note="nums.count(x) for every element rescans the whole list: O(n^2).",
         code='''\
class Solution:
    def oddTally(self, nums):
        result = set()
        for x in nums:
            if nums.count(x) % 2 == 1:
                result.add(x)
        return sorted(result)
'''),
    dict(name="exactly-once", correct=False,
         note="Wrong: keeps only values seen exactly once, missing those seen three, five... times.",
         code='''\
from collections import Counter

class Solution:
    def oddTally(self, nums):
        return sorted(v for v, c in Counter(nums).items() if c == 1)
'''),
]
