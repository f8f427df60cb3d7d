PROBLEM = dict(
    problem_id="missing-from-one-to-n",
    title="Missing From One To N",
    io="call",
    entry_point="missingNumbers",
    difficulty="easy",
    tags=["array", "hash-set"],
    pattern="list-membership",
    split="test",
    statement="""\
You get an integer `n` and a list `nums` of integers. Return, in increasing order, every integer from 1 to `n`
(both included) that does not occur in `nums`.

**Example.** `n = 5`, `nums = [4, 1, 1, 9]` gives `[2, 3, 5]`.

**Constraints.** `0 <= n <= 4000`, `0 <= len(nums) <= 4000`, `-10^6 <= nums[i] <= 10^6`.
""",
    starter_code="class Solution:\n    def missingNumbers(self, n: int, nums: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [5, [4, 1, 1, 9]],
    [0, [1, 2]],
    [1, []],
    [3, [1, 2, 3]],
    [4, [-1, 0, 5]],
    [2, [2, 2, 2]],
]


def perf_inputs(rng):
    n = 2500
    nums = [rng.randint(1, 2 * n) for _ in range(2500)]
    return [[n, nums]]


SOLUTIONS = [
    dict(name="present-set", correct=True, time="fast", reference=True,
         note="Put nums in a set once, then each of the n checks is O(1) on average: O(n + len(nums)).",
         code='''\
class Solution:
    def missingNumbers(self, n, nums):
        present = set(nums)
        return [k for k in range(1, n + 1) if k not in present]
'''),
    dict(name="scan-list", correct=True, time="slow",
         note="`k not in nums` scans the list for each k: O(n * len(nums)).",
         code='''\
class Solution:
    def missingNumbers(self, n, nums):
        missing = []
        for k in range(1, n + 1):
            if k not in nums:
                missing.append(k)
        return missing
'''),
    dict(name="stops-before-n", correct=False,
         note="Wrong: range(1, n) never checks n itself.",
         code='''\
class Solution:
    def missingNumbers(self, n, nums):
        present = set(nums)
        return [k for k in range(1, n) if k not in present]
'''),
    dict(name="flag-array", correct=True, time="fast",
         note="A boolean array indexed by value marks what is present: O(n + len(nums)), no hashing.",
         code='''\
class Solution:
    def missingNumbers(self, n, nums):
        seen = [False] * (n + 1)
        for x in nums:
            if 1 <= x <= n:
                seen[x] = True
        return [k for k in range(1, n + 1) if not seen[k]]
'''),
]
