PROBLEM = dict(
    problem_id="double-value-pairs",
    title="Count Entries That Have Their Double",
    io="call",
    entry_point="doublePairs",
    difficulty="easy",
    tags=["array", "hash-table", "counting"],
    pattern="pair-search",
    split="train",
    statement="""\
Count the ordered pairs of positions `(i, j)` with `nums[j] == 2 * nums[i]`.

**Example.** `nums = [3, 6, 12, 6, 5]` gives `4`: 3 -> 6 (twice), 6 -> 12 (twice).

**Constraints.** `0 <= len(nums) <= 3000`, `1 <= nums[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def doublePairs(self, nums: List[int]) -> int:\n",
)

EDGE_INPUTS = [[[3, 6, 12, 6, 5]], [[]], [[4]], [[2, 1]], [[1, 1, 2]], [[1, 3, 5]], [[8, 4, 2, 1]]]


def perf_inputs(rng):
    return [[[rng.randint(1, 3000) for _ in range(1200)]]]


SOLUTIONS = [
    dict(name="counter-lookup", correct=True, time="fast", reference=True,
         note="Count the values once; each entry x pairs with every copy of 2 * x, looked up in O(1): O(n) in all.",
         code='''\
from collections import Counter

class Solution:
    def doublePairs(self, nums):
        counts = Counter(nums)
        return sum(counts.get(2 * x, 0) for x in nums)
'''),
    dict(name="counter-by-value", correct=True, time="fast",
         note="The same counts, multiplied per distinct value instead of summed per entry.",
         code='''\
from collections import Counter

class Solution:
    def doublePairs(self, nums):
        counts = Counter(nums)
        return sum(c * counts[2 * x] for x, c in counts.items() if 2 * x in counts)
'''),
    dict(name="all-pairs", correct=True, time="slow",
         note="Tests every ordered pair of positions: O(n^2) where a Counter answers each entry's lookup in O(1).",
         code='''\
class Solution:
    def doublePairs(self, nums):
        pairs = 0
        for x in nums:
            for y in nums:
                if y == 2 * x:
                    pairs += 1
        return pairs
'''),
    dict(name="set-of-doubles", correct=False,
         note="Wrong: a set of values loses the copies, so each entry counts its double once however often it appears.",
         code='''\
class Solution:
    def doublePairs(self, nums):
        values = set(nums)
        return sum(1 for x in nums if 2 * x in values)
'''),
]
