PROBLEM = dict(
    problem_id="two-values-make-target",
    title="Two Values Make the Target",
    io="call",
    entry_point="hasPair",
    difficulty="easy",
    tags=["array", "hash-set"],
    pattern="list-membership",
    split="train",
    statement="""\
Return `True` if two entries of `nums` at *different* positions add up to `target`, else `False`.

**Example.** `nums = [4, 7, 1]`, `target = 8` gives `True` (7 + 1); with `target = 14` it gives `False`
(7 cannot be used twice).

**Constraints.** `0 <= len(nums) <= 4000`, `-10^9 <= nums[i], target <= 10^9`.
""",
    starter_code="class Solution:\n    def hasPair(self, nums: List[int], target: int) -> bool:\n",
)

EDGE_INPUTS = [
    [[4, 7, 1], 8],
    [[4, 7, 1], 14],
    [[], 0],
    [[5], 10],
    [[5, 5], 10],
    [[-3, 3], 0],
    [[1, 2, 3], 7],
]


def perf_inputs(rng):
    nums = [rng.randint(0, 10**6) * 2 for _ in range(3000)]   # all even: an odd target is never reached
    return [[nums, 2 * 10**6 + 1], [nums[:2000], 10**9 - 1]]


SOLUTIONS = [
    dict(name="seen-set", correct=True, time="fast", reference=True,
         note="Look up target - x in a set of earlier values: O(1) average per step, O(n) in all.",
         code='''\
class Solution:
    def hasPair(self, nums, target):
        seen = set()
        for x in nums:
            if target - x in seen:
                return True
            seen.add(x)
        return False
'''),
    dict(name="seen-list", correct=True, time="slow",
         note="The earlier values sit in a list, so each `in` scans them: O(n^2) when no pair exists.",
         code='''\
class Solution:
    def hasPair(self, nums, target):
        seen = []
        for x in nums:
            if target - x in seen:
                return True
            seen.append(x)
        return False
'''),
    dict(name="same-entry-twice", correct=False,
         note="Wrong: looks up target - x among all values, so one entry equal to target / 2 pairs with itself.",
         code='''\
class Solution:
    def hasPair(self, nums, target):
        values = set(nums)
        for x in nums:
            if target - x in values:
                return True
        return False
'''),
    dict(name="sort-two-pointers", correct=True, time="fast",
         note="Sort, then move two pointers inward: O(n log n), still far below the quadratic scan.",
         code='''\
class Solution:
    def hasPair(self, nums, target):
        a = sorted(nums)
        i, j = 0, len(a) - 1
        while i < j:
            s = a[i] + a[j]
            if s == target:
                return True
            if s < target:
                i += 1
            else:
                j -= 1
        return False
'''),
]
