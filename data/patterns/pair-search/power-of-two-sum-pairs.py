PROBLEM = dict(
    problem_id="power-of-two-sum-pairs",
    title="Pairs Adding Up to a Power of Two",
    io="call",
    entry_point="powerPairs",
    difficulty="easy",
    tags=["array", "hash-table", "bit-manipulation"],
    pattern="pair-search",
    split="train",
    statement="""\
Count the pairs of positions `i < j` for which `nums[i] + nums[j]` is a power of two (1, 2, 4, 8, ...).

**Example.** `nums = [1, 3, 5, 7, 9]` gives `4`: 1+3, 1+7, 3+5, 7+9.

**Constraints.** `0 <= len(nums) <= 3000`, `0 <= nums[i] <= 2^20`.
""",
    starter_code="class Solution:\n    def powerPairs(self, nums: List[int]) -> int:\n",
)

EDGE_INPUTS = [[[1, 3, 5, 7, 9]], [[]], [[1]], [[1, 1]], [[0, 0]], [[0, 1, 2]], [[2, 2, 2]]]


def perf_inputs(rng):
    return [[[rng.randint(0, 2**20) for _ in range(1000)]]]


SOLUTIONS = [
    dict(name="partner-per-power", correct=True, time="fast", reference=True,
         note="For each entry, try the 22 possible powers and look the partner up in a dict of earlier counts: O(22 n).",
         code='''\
class Solution:
    def powerPairs(self, nums):
        seen = {}
        pairs = 0
        for x in nums:
            for e in range(22):
                pairs += seen.get((1 << e) - x, 0)
            seen[x] = seen.get(x, 0) + 1
        return pairs
'''),
    dict(name="counter-per-power", correct=True, time="fast",
         note="Count the values once, then pair each distinct value with each power's partner, halving the double count.",
         code='''\
from collections import Counter

class Solution:
    def powerPairs(self, nums):
        counts = Counter(nums)
        total = 0
        for x, c in counts.items():
            for e in range(22):
                y = (1 << e) - x
                if y == x:
                    total += c * (c - 1)
                elif y in counts:
                    total += c * counts[y]
        return total // 2
'''),
    dict(name="all-pairs", correct=True, time="slow",
         note="Adds and tests every pair i < j: O(n^2) where only 22 partner values per entry need looking up.",
         code='''\
class Solution:
    def powerPairs(self, nums):
        pairs = 0
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                s = nums[i] + nums[j]
                if s > 0 and s & (s - 1) == 0:
                    pairs += 1
        return pairs
'''),
    dict(name="zero-is-a-power", correct=False,
         note="Wrong: treats 0 as a power of two (as the bit test s & (s - 1) == 0 alone would), so two zeros count as a pair.",
         code='''\
from collections import Counter

class Solution:
    def powerPairs(self, nums):
        counts = Counter(nums)
        total = 0
        for x, c in counts.items():
            for y in [0] + [1 << e for e in range(22)]:
                y -= x
                if y == x:
                    total += c * (c - 1)
                elif y in counts:
                    total += c * counts[y]
        return total // 2
'''),
]
