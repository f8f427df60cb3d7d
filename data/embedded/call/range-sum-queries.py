PROBLEM = dict(
    problem_id="range-sum-queries",
    title="Range Sum Queries",
    io="call",
    entry_point="rangeSums",
    difficulty="medium",
    tags=["array", "prefix-sum"],
    split="test",
    statement="""\
You are given a list of integers `nums` and a list of queries. Each query is a pair `[l, r]` of 0-based indices
with `l <= r`, and asks for `nums[l] + nums[l+1] + ... + nums[r]` (both ends included). Return the answers, in
the order of the queries.

**Example.** `nums = [3, -1, 4, 1, -5, 9]`, `queries = [[0, 2], [3, 3], [1, 5], [0, 5]]` gives
`[6, 1, 8, 11]`.

**Constraints.** `1 <= len(nums) <= 100000`, `-10^4 <= nums[i] <= 10^4`, `0 <= len(queries) <= 1500`,
`0 <= l <= r < len(nums)`.
""",
    starter_code="class Solution:\n    def rangeSums(self, nums: List[int], queries: List[List[int]]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[3, -1, 4, 1, -5, 9], [[0, 2], [3, 3], [1, 5], [0, 5]]],
    [[7], [[0, 0]]],
    [[1, 2, 3], []],
    [[-4, -4, -4, -4], [[0, 3], [1, 2], [2, 2]]],
    [[0, 0, 5, 0], [[0, 1], [2, 3], [0, 3]]],
    [[10, -10, 10, -10, 10], [[0, 4], [1, 4], [4, 4], [0, 0]]],
]


def perf_inputs(rng):
    def build(n, q):
        nums = [rng.randint(-10_000, 10_000) for _ in range(n)]
        queries = []
        for _ in range(q):
            a, b = rng.randrange(n), rng.randrange(n)
            queries.append([min(a, b), max(a, b)])
        return [nums, queries]
    return [build(100_000, 1500), build(60_000, 1500)]


SOLUTIONS = [
    dict(name="prefix-accumulate", correct=True, time="fast", memory="hungry", reference=True,
         note="O(n + q): a prefix-sum list (one new int per position) answers each query with one subtraction.",
         code='''\
from itertools import accumulate

class Solution:
    def rangeSums(self, nums, queries):
        pre = [0, *accumulate(nums)]
        return [pre[r + 1] - pre[l] for l, r in queries]
'''),
    dict(name="prefix-loop", correct=True, time="fast", memory="hungry",
         note="O(n + q): the same prefix sums built with an explicit loop.",
         code='''\
class Solution:
    def rangeSums(self, nums, queries):
        prefix = [0] * (len(nums) + 1)
        for i, x in enumerate(nums):
            prefix[i + 1] = prefix[i] + x
        answers = []
        for l, r in queries:
            answers.append(prefix[r + 1] - prefix[l])
        return answers
'''),
    dict(name="fenwick-tree", correct=True, time="medium", memory="hungry",
         note="O((n + q) log n): a binary indexed tree, built in O(n), two prefix queries per range.",
         code='''\
class Solution:
    def rangeSums(self, nums, queries):
        n = len(nums)
        tree = [0] + list(nums)
        for i in range(1, n + 1):
            j = i + (i & -i)
            if j <= n:
                tree[j] += tree[i]

        def prefix(i):
            s = 0
            while i > 0:
                s += tree[i]
                i -= i & -i
            return s

        return [prefix(r + 1) - prefix(l) for l, r in queries]
'''),
    dict(name="sqrt-blocks", correct=True, time="medium", memory="lean",
         note="O(n + q sqrt n): sums of blocks of about sqrt(n) values; a query adds whole blocks plus two "
              "partial ends.",
         code='''\
import math

class Solution:
    def rangeSums(self, nums, queries):
        size = max(1, math.isqrt(len(nums)))
        blocks = [sum(nums[i:i + size]) for i in range(0, len(nums), size)]
        out = []
        for l, r in queries:
            bl, br = l // size, r // size
            if bl == br:
                out.append(sum(nums[l:r + 1]))
            else:
                total = sum(nums[l:(bl + 1) * size]) + sum(blocks[bl + 1:br]) + sum(nums[br * size:r + 1])
                out.append(total)
        return out
'''),
    dict(name="slice-sum", correct=True, time="slow", memory="medium",
         note="O(q * n): sums a fresh slice for every query (a copy of up to n references: not lean).",
         code='''\
class Solution:
    def rangeSums(self, nums, queries):
        return [sum(nums[l:r + 1]) for l, r in queries]
'''),
    dict(name="islice-sum", correct=True, time="slow", memory="lean",
         note="O(q * n): itertools.islice walks from the start of the list up to r for every query.",
         code='''\
from itertools import islice

class Solution:
    def rangeSums(self, nums, queries):
        result = []
        for l, r in queries:
            result.append(sum(islice(nums, l, r + 1)))
        return result
'''),
    dict(name="prefix-exclusive-right", correct=False,
         note="Wrong: uses pre[r] - pre[l], so the right end nums[r] is left out of every sum.",
         code='''\
from itertools import accumulate

class Solution:
    def rangeSums(self, nums, queries):
        pre = [0] + list(accumulate(nums))
        return [pre[r] - pre[l] for l, r in queries]
'''),
]
