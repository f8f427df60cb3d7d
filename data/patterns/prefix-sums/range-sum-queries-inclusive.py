PROBLEM = dict(
    problem_id="range-sum-queries-inclusive",
    title="Range Sum Queries",
    io="call",
    entry_point="rangeSums",
    difficulty="easy",
    tags=["array", "prefix-sum"],
    pattern="prefix-sums",
    split="train",
    statement="""\
For each query `[l, r]` in `queries`, return `nums[l] + nums[l+1] + ... + nums[r]` (both ends included).

**Example.** `nums = [2, -1, 4, 3]`, `queries = [[0, 1], [1, 3], [2, 2]]` gives `[1, 6, 4]`.

**Constraints.** `1 <= len(nums) <= 10^4`, `0 <= len(queries) <= 5000`, `0 <= l <= r < len(nums)`.
""",
    starter_code="class Solution:\n    def rangeSums(self, nums: List[int], queries: List[List[int]]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[2, -1, 4, 3], [[0, 1], [1, 3], [2, 2]]],
    [[5], [[0, 0]]],
    [[1, 2, 3], []],
    [[1, 2, 3], [[0, 2], [0, 0], [2, 2]]],
    [[-4, 4], [[0, 1], [1, 1]]],
    [[7, 7, 7, 7], [[1, 2]]],
]


def perf_inputs(rng):
    n = 6000
    nums = [rng.randint(-10**4, 10**4) for _ in range(n)]
    queries = []
    for _ in range(2000):
        l = rng.randrange(n // 2)
        queries.append([l, rng.randrange(l, n)])
    return [[nums, queries]]


SOLUTIONS = [
    dict(name="prefix-table", correct=True, time="fast", reference=True,
         note="With prefix[i] = sum of the first i values, each query is prefix[r + 1] - prefix[l]: O(n + q).",
         code='''\
class Solution:
    def rangeSums(self, nums, queries):
        prefix = [0]
        for x in nums:
            prefix.append(prefix[-1] + x)
        return [prefix[r + 1] - prefix[l] for l, r in queries]
'''),
    dict(name="sum-slice", correct=True, time="slow",
         note="`sum(nums[l:r + 1])` re-adds the whole range for every query: O(n) per query, O(n * q).",
         code='''\
class Solution:
    def rangeSums(self, nums, queries):
        return [sum(nums[l:r + 1]) for l, r in queries]
'''),
    dict(name="right-end-excluded", correct=False,
         note="Wrong: prefix[r] - prefix[l] leaves out nums[r].",
         code='''\
class Solution:
    def rangeSums(self, nums, queries):
        prefix = [0]
        for x in nums:
            prefix.append(prefix[-1] + x)
        return [prefix[r] - prefix[l] for l, r in queries]
'''),
    dict(name="accumulate", correct=True, time="fast",
         note="itertools.accumulate builds the prefix table in C; each query is then O(1).",
         code='''\
from itertools import accumulate

class Solution:
    def rangeSums(self, nums, queries):
        prefix = [0] + list(accumulate(nums))
        return [prefix[r + 1] - prefix[l] for l, r in queries]
'''),
]
