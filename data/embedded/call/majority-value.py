PROBLEM = dict(
    problem_id="majority-value",
    title="Majority Value",
    io="call",
    entry_point="majorityValue",
    difficulty="easy",
    tags=["array", "counting", "voting"],
    split="train",
    statement="""\
In the list `nums` one value occurs in strictly more than half of the positions. Return that value.

**Example.** `nums = [4, 9, 4, 4, -2, 4, 9]` gives `4`: it fills 4 of the 7 positions, and 4 > 7 / 2.

**Constraints.** `1 <= len(nums) <= 30000`, `-10^9 <= nums[i] <= 10^9`; a majority value always exists.
""",
    starter_code="class Solution:\n    def majorityValue(self, nums: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[4, 9, 4, 4, -2, 4, 9]],
    [[-8]],
    [[3, 3]],
    [[1, 2, 2]],
    [[2, 2, 1]],
    [[5, 6, 5, 6, 5]],
    [[0, 0, 0, -1, 7, 0]],
    [[-1000000000, 1000000000, -1000000000]],
]


def perf_inputs(rng):
    def build(n, majority_last, pool=None):
        half = n // 2
        value = rng.randint(-10**9, 10**9)
        if pool:
            pool = [rng.randint(-10**9, 10**9) for _ in range(pool)]
            others = [rng.choice(pool) for _ in range(n - half - 1)]
        else:
            others = [rng.randint(-10**9, 10**9) for _ in range(n - half - 1)]
        others = [x for x in others if x != value] or [value + 1]
        if majority_last:             # all the other values first, the majority value in one late block
            return [others + [value] * (n - len(others))]
        vals = others + [value] * (n - len(others))
        rng.shuffle(vals)
        return [vals]
    return [build(11001, True), build(30000, False, pool=50), build(8000, True)]


SOLUTIONS = [
    dict(name="boyer-moore", correct=True, time="fast", memory="lean", reference=True,
         note="O(n) time, O(1) memory: a candidate and a vote counter; the majority survives all cancellations.",
         code='''\
class Solution:
    def majorityValue(self, nums):
        candidate, votes = None, 0
        for x in nums:
            if votes == 0:
                candidate = x
            votes += 1 if x == candidate else -1
        return candidate
'''),
    dict(name="counter-most-common", correct=True, time="fast", memory="hungry",
         note="O(n) time, O(d) memory for d distinct values: a Counter, then its most common entry.",
         code='''\
from collections import Counter

class Solution:
    def majorityValue(self, nums):
        return Counter(nums).most_common(1)[0][0]
'''),
    dict(name="dict-early-exit", correct=True, time="fast", memory="hungry",
         note="O(n) time: counts into a dict and stops as soon as a count passes n/2.",
         code='''\
class Solution:
    def majorityValue(self, nums):
        need = len(nums) // 2
        counts = {}
        for x in nums:
            counts[x] = counts.get(x, 0) + 1
            if counts[x] > need:
                return x
'''),
    dict(name="sorted-middle", correct=True, time="fast", memory="medium",
         note="O(n log n): in a sorted copy the middle position always holds the majority value.",
         code='''\
class Solution:
    def majorityValue(self, nums):
        return sorted(nums)[len(nums) // 2]
'''),
    dict(name="bit-voting", correct=True, time="medium", memory="lean",
         note="O(31 n): each bit of the (shifted) majority value is the bit set in more than half the values.",
         code='''\
class Solution:
    def majorityValue(self, nums):
        OFFSET = 10 ** 9
        n = len(nums)
        result = 0
        for bit in range(31):
            mask = 1 << bit
            ones = sum(1 for x in nums if (x + OFFSET) & mask)
            if ones * 2 > n:
                result |= mask
        return result - OFFSET
'''),
    dict(name="count-each", correct=True, time="slow", memory="lean",
         note="O(n^2) worst case: list.count for each position until one passes n/2.",
         code='''\
class Solution:
    def majorityValue(self, nums):
        for x in nums:
            if nums.count(x) > len(nums) // 2:
                return x
'''),
    dict(name="max-by-count", correct=True, time="slow", memory="hungry",
         note="O(n * d): max over the distinct values, keyed by list.count.",
         code='''\
class Solution:
    def majorityValue(self, nums):
        return max(set(nums), key=nums.count)
'''),
    dict(name="vote-skips-new-candidate", correct=False,
         note="Wrong: a new candidate is adopted without counting its own vote, so the count drifts and "
              "e.g. [2, 2, 1] returns 1.",
         code='''\
class Solution:
    def majorityValue(self, nums):
        candidate, votes = nums[0], 0
        for x in nums:
            if votes == 0:
                candidate = x
            elif x == candidate:
                votes += 1
            else:
                votes -= 1
        return candidate
'''),
]
