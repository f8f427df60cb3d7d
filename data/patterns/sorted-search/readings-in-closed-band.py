PROBLEM = dict(
    problem_id="readings-in-closed-band",
    title="Readings Inside a Closed Band",
    io="call",
    entry_point="bandCounts",
    difficulty="easy",
    tags=["array", "binary-search"],
    pattern="sorted-search",
    split="test",
    statement="""\
`values` is sorted in non-decreasing order. Each query is a pair `[lo, hi]` with `lo <= hi`; for each, count the
values `v` with `lo <= v <= hi` (both ends included).

**Example.** `values = [1, 3, 3, 8, 9]`, `queries = [[3, 8], [4, 7], [0, 100]]` gives `[3, 0, 5]`.

**Constraints.** `0 <= len(values), len(queries) <= 3000`, `-10^9 <= numbers <= 10^9`.
""",
    starter_code="class Solution:\n    def bandCounts(self, values: List[int], queries: List[List[int]]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[1, 3, 3, 8, 9], [[3, 8], [4, 7], [0, 100]]],
    [[], [[0, 1]]],
    [[5], [[5, 5], [6, 9], [-1, 4]]],
    [[2, 2, 2], [[2, 2]]],
    [[-5, 0, 5], [[-5, 5], [-4, 4]]],
    [[1, 2, 3], []],
]


def perf_inputs(rng):
    values = sorted(rng.randint(-10**9, 10**9) for _ in range(2500))
    queries = []
    for _ in range(800):
        a, b = rng.randint(-10**9, 10**9), rng.randint(-10**9, 10**9)
        queries.append([min(a, b), max(a, b)])
    return [[values, queries]]


SOLUTIONS = [
    dict(name="two-bisects", correct=True, time="fast", reference=True,
         note="On sorted values the count in [lo, hi] is bisect_right(hi) - bisect_left(lo): O(log n) per query.",
         code='''\
from bisect import bisect_left, bisect_right

class Solution:
    def bandCounts(self, values, queries):
        return [bisect_right(values, hi) - bisect_left(values, lo) for lo, hi in queries]
'''),
    dict(name="scan-each-query", correct=True, time="slow",
         note="Testing every value for every query ignores the sorted order: O(n * q).",
         code='''\
class Solution:
    def bandCounts(self, values, queries):
        result = []
        for lo, hi in queries:
            count = 0
            for v in values:
                if lo <= v <= hi:
                    count += 1
            result.append(count)
        return result
'''),
    dict(name="bisect-slice-len", correct=True, time="fast",
         note="Two binary searches find the band's ends; its length is their difference: O(log n) per query.",
         code='''\
import bisect

class Solution:
    def bandCounts(self, values, queries):
        result = []
        for lo, hi in queries:
            start = bisect.bisect_left(values, lo)
            end = bisect.bisect_right(values, hi)
            result.append(end - start)
        return result
'''),
    dict(name="open-top", correct=False,
         note="Wrong: bisect_left at hi leaves out the values equal to hi.",
         code='''\
from bisect import bisect_left

class Solution:
    def bandCounts(self, values, queries):
        return [bisect_left(values, hi) - bisect_left(values, lo) for lo, hi in queries]
'''),
]
