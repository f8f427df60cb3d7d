PROBLEM = dict(
    problem_id="sum-of-lone-values",
    title="Sum of Values That Appear Once",
    io="call",
    entry_point="loneSum",
    difficulty="easy",
    tags=["array", "counting"],
    pattern="count-in-loop",
    split="test",
    statement="""\
Return the sum of the elements of `nums` whose value occurs exactly once in `nums` (0 if there are none).

**Example.** `nums = [4, 7, 4, 2]` gives `9` (7 + 2; both 4s are left out).

**Constraints.** `0 <= len(nums) <= 3000`, `-10^6 <= nums[i] <= 10^6`.
""",
    starter_code="class Solution:\n    def loneSum(self, nums: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[4, 7, 4, 2]],
    [[]],
    [[-5]],
    [[3, 3]],
    [[1, 1, 1, 2]],
    [[-1, 0, 1]],
]


def perf_inputs(rng):
    n = 1250
    return [[[rng.randint(-10**6, 10**6) for _ in range(n)]], [[rng.randint(0, 900) for _ in range(n)]]]


SOLUTIONS = [
    dict(name="counter-sum", correct=True, time="fast", reference=True,
         note="Count all values once with a Counter, then add the values whose count is 1: O(n).",
         code='''\
from collections import Counter

class Solution:
    def loneSum(self, nums):
        counts = Counter(nums)
        return sum(v for v, c in counts.items() if c == 1)
'''),
    dict(name="count-each", correct=True, time="slow",
         note="nums.count(x) for every element rescans the whole list: O(n^2).",
         code='''\
class Solution:
    def loneSum(self, nums):
        total = 0
        for x in nums:
            if nums.count(x) == 1:
                total += x
        return total
'''),
    dict(name="seen-twice-sets", correct=True, time="fast",
         note="Two sets in one pass (seen, seen again) separate lone values from repeats: O(n).",
         code='''\
class Solution:
    def loneSum(self, nums):
        seen, repeated = set(), set()
        for x in nums:
            if x in seen:
                repeated.add(x)
            seen.add(x)
        return sum(seen - repeated)
'''),
    dict(name="sum-of-distinct", correct=False,
         note="Wrong: summing the set of values keeps one copy of each repeated value instead of dropping it.",
         code='''\
class Solution:
    def loneSum(self, nums):
        return sum(set(nums))
'''),
]
