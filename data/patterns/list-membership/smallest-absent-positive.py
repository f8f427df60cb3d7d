PROBLEM = dict(
    problem_id="smallest-absent-positive",
    title="Smallest Absent Positive",
    io="call",
    entry_point="smallestAbsent",
    difficulty="easy",
    tags=["array", "hash-set"],
    pattern="list-membership",
    split="train",
    statement="""\
Return the smallest positive integer (1, 2, 3, ...) that is not an element of `nums`.

**Example.** `nums = [3, 1, -2, 2, 5]` gives `4`.

**Constraints.** `0 <= len(nums) <= 4000`, `-10^9 <= nums[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def smallestAbsent(self, nums: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[3, 1, -2, 2, 5]],
    [[]],
    [[1]],
    [[2]],
    [[1, 1, 2, 2]],
    [[-5, 0, 7]],
    [[4, 3, 2, 1]],
]


def perf_inputs(rng):
    a = list(range(1, 3001))
    rng.shuffle(a)
    b = list(range(1, 2001)) + [rng.randint(3000, 10**9) for _ in range(1000)]
    rng.shuffle(b)
    return [[a], [b]]


SOLUTIONS = [
    dict(name="set-count-up", correct=True, time="fast", reference=True,
         note="Count up from 1 with lookups in a set of nums: O(1) average each, O(n) in all.",
         code='''\
class Solution:
    def smallestAbsent(self, nums):
        present = set(nums)
        k = 1
        while k in present:
            k += 1
        return k
'''),
    dict(name="list-count-up", correct=True, time="slow",
         note="`k in nums` scans the list for every k, and the answer can be n + 1: O(n^2).",
         code='''\
class Solution:
    def smallestAbsent(self, nums):
        k = 1
        while k in nums:
            k += 1
        return k
'''),
    dict(name="max-plus-one", correct=False,
         note="Wrong: assumes no gaps and returns max + 1, missing a hole inside the range.",
         code='''\
class Solution:
    def smallestAbsent(self, nums):
        pos = [x for x in nums if x > 0]
        return max(pos) + 1 if pos else 1
'''),
    dict(name="flag-array", correct=True, time="fast",
         note="The answer is at most n + 1, so mark 1..n in a boolean array: O(n).",
         code='''\
class Solution:
    def smallestAbsent(self, nums):
        n = len(nums)
        seen = [False] * (n + 2)
        for x in nums:
            if 1 <= x <= n:
                seen[x] = True
        k = 1
        while seen[k]:
            k += 1
        return k
'''),
]
