PROBLEM = dict(
    problem_id="xor-pair-count",
    title="Pairs Whose XOR Is k",
    io="call",
    entry_point="xorPairs",
    difficulty="easy",
    tags=["array", "hash-table", "bit-manipulation"],
    pattern="pair-search",
    split="test",
    statement="""\
Count the pairs of positions `i < j` with `nums[i] ^ nums[j] == k` (bitwise exclusive or).

**Example.** `nums = [5, 1, 4, 6]`, `k = 1` gives `1` (5 ^ 4); `k = 2` gives `1` (4 ^ 6).

**Constraints.** `0 <= len(nums) <= 3000`, `0 <= nums[i], k < 2^20`.
""",
    starter_code="class Solution:\n    def xorPairs(self, nums: List[int], k: int) -> int:\n",
)

EDGE_INPUTS = [
    [[5, 1, 4, 6], 1],
    [[], 0],
    [[3], 0],
    [[3, 3], 0],
    [[3, 3, 3], 0],
    [[1, 2, 3], 3],
    [[7, 0], 7],
]


def perf_inputs(rng):
    return [[[rng.randint(0, 255) for _ in range(1300)], 37]]


SOLUTIONS = [
    dict(name="count-earlier", correct=True, time="fast", reference=True,
         note="x ^ y == k means y == x ^ k, so one pass with a dict of earlier counts looks each partner up: O(n).",
         code='''\
class Solution:
    def xorPairs(self, nums, k):
        seen = {}
        pairs = 0
        for x in nums:
            pairs += seen.get(x ^ k, 0)
            seen[x] = seen.get(x, 0) + 1
        return pairs
'''),
    dict(name="counter-products", correct=True, time="fast",
         note="Count every value once; multiply the counts of each partner pair, halving the double count.",
         code='''\
from collections import Counter

class Solution:
    def xorPairs(self, nums, k):
        counts = Counter(nums)
        if k == 0:
            return sum(c * (c - 1) // 2 for c in counts.values())
        return sum(c * counts.get(x ^ k, 0) for x, c in counts.items()) // 2
'''),
    dict(name="all-pairs", correct=True, time="slow",
         note="XORs every pair i < j: O(n^2) where the partner x ^ k can be looked up in a dict.",
         code='''\
class Solution:
    def xorPairs(self, nums, k):
        pairs = 0
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums[i] ^ nums[j] == k:
                    pairs += 1
        return pairs
'''),
    dict(name="halves-k-zero-too", correct=False,
         note="Wrong: for k = 0 each value is its own partner, so c * c // 2 counts an entry with itself.",
         code='''\
from collections import Counter

class Solution:
    def xorPairs(self, nums, k):
        counts = Counter(nums)
        return sum(c * counts.get(x ^ k, 0) for x, c in counts.items()) // 2
'''),
]
