PROBLEM = dict(
    problem_id="two-sum-indices",
    title="Two Sum Indices",
    io="call",
    entry_point="twoSumIndices",
    difficulty="easy",
    tags=["array", "hash-table", "two-pointers", "sorting"],
    split="train",
    statement="""\
You are given a list of integers `nums` and an integer `target`. Exactly one pair of positions `i < j` satisfies
`nums[i] + nums[j] == target`. Return that pair as the list `[i, j]` (smaller position first). A position may not
be paired with itself, but two different positions may hold equal values.

**Example.** `nums = [8, -2, 5, 12, 4]`, `target = 9` gives `[2, 4]`, because `nums[2] + nums[4] = 5 + 4 = 9` and
no other pair adds up to `9`.

**Constraints.** `2 <= len(nums) <= 40000`, `-10^9 <= nums[i], target <= 10^9`, and exactly one valid pair
exists.
""",
    starter_code="class Solution:\n    def twoSumIndices(self, nums: List[int], target: int) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[8, -2, 5, 12, 4], 9],
    [[3, 3], 6],
    [[3, 2, 4], 6],
    [[-5, 0, 7, -1], -6],
    [[0, 4, 0], 0],
    [[1, 2, 3, 4, 5, 6, 7, 50], 57],
    [[1000000000, -1000000000, 7], 0],
]


def perf_inputs(rng):
    # Every ordinary value is a multiple of 4 and the two special values are 1 and 2 (mod 4), while the target
    # is 3 (mod 4): no other pair can reach it, so the answer is unique.
    def build(n, i, j):
        nums = [4 * rng.randint(-200_000_000, 200_000_000) for _ in range(n)]
        a = 4 * rng.randint(-100_000_000, 100_000_000) + 1
        b = 4 * rng.randint(-100_000_000, 100_000_000) + 2
        nums[i], nums[j] = a, b
        return [nums, a + b]

    small = build(4500, 4497, 4499)                           # the pair sits at the very end
    big = build(40000, rng.randint(100, 130), rng.randint(39000, 39990))
    return [small, big]


SOLUTIONS = [
    dict(name="one-pass-dict", correct=True, time="fast", memory="hungry", reference=True,
         note="O(n) time, O(n) memory: look up the complement among the values seen so far, then record this one.",
         code='''\
class Solution:
    def twoSumIndices(self, nums, target):
        seen = {}
        for j, x in enumerate(nums):
            i = seen.get(target - x)
            if i is not None:
                return [i, j]
            seen[x] = j
        return []
'''),
    dict(name="two-pass-dict", correct=True, time="fast", memory="hungry",
         note="O(n) time, O(n) memory: index every value first (last position wins), then scan for a complement.",
         code='''\
class Solution:
    def twoSumIndices(self, nums, target):
        where = {x: i for i, x in enumerate(nums)}
        for i, x in enumerate(nums):
            j = where.get(target - x)
            if j is not None and j != i:
                return [min(i, j), max(i, j)]
        return []
'''),
    dict(name="sort-two-pointers", correct=True, time="fast", memory="hungry",
         note="O(n log n) time, O(n) memory: sort positions by value, move two pointers inwards.",
         code='''\
class Solution:
    def twoSumIndices(self, nums, target):
        order = sorted(range(len(nums)), key=nums.__getitem__)
        lo, hi = 0, len(order) - 1
        while lo < hi:
            s = nums[order[lo]] + nums[order[hi]]
            if s == target:
                return sorted([order[lo], order[hi]])
            if s < target:
                lo += 1
            else:
                hi -= 1
        return []
'''),
    dict(name="sorted-pairs-bisect", correct=True, time="medium", memory="hungry",
         note="O(n log n): a sorted list of (value, index) tuples, binary search for each complement.",
         code='''\
from bisect import bisect_left

class Solution:
    def twoSumIndices(self, nums, target):
        pairs = sorted((x, i) for i, x in enumerate(nums))
        values = [x for x, _ in pairs]
        for k, (x, i) in enumerate(pairs):
            want = target - x
            p = bisect_left(values, want, k + 1)
            if p < len(values) and values[p] == want:
                j = pairs[p][1]
                return [min(i, j), max(i, j)]
        return []
'''),
    dict(name="slice-membership", correct=True, time="medium", memory="medium",
         note="O(n^2) worst case, but the inner search is list.index in C on a fresh slice per position.",
         code='''\
class Solution:
    def twoSumIndices(self, nums, target):
        for i in range(len(nums) - 1):
            rest = nums[i + 1:]
            want = target - nums[i]
            if want in rest:
                return [i, i + 1 + rest.index(want)]
        return []
'''),
    dict(name="all-pairs", correct=True, time="slow", memory="lean",
         note="O(n^2) time, O(1) memory: try every pair in order.",
         code='''\
class Solution:
    def twoSumIndices(self, nums, target):
        n = len(nums)
        for i in range(n):
            for j in range(i + 1, n):
                if nums[i] + nums[j] == target:
                    return [i, j]
        return []
'''),
    dict(name="all-pairs-range", correct=True, time="slow", memory="lean",
         note="O(n^2) time, O(1) memory: fixes the left value, compares it with every later one.",
         code='''\
class Solution:
    def twoSumIndices(self, nums, target):
        for i, x in enumerate(nums):
            need = target - x
            for j in range(i + 1, len(nums)):
                if nums[j] == need:
                    return [i, j]
        return []
'''),
    dict(name="check-before-insert-bug", correct=False,
         note="Wrong: stores the current value before looking up its complement, so a value equal to target/2 "
              "pairs with itself and returns [i, i].",
         code='''\
class Solution:
    def twoSumIndices(self, nums, target):
        seen = {}
        for j, x in enumerate(nums):
            seen[x] = j
            if target - x in seen:
                i = seen[target - x]
                return [min(i, j), max(i, j)]
        return []
'''),
]
