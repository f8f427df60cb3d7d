PROBLEM = dict(
    problem_id="scores-strictly-below",
    title="Scores Strictly Below Each Query",
    io="call",
    entry_point="countBelow",
    difficulty="easy",
    tags=["array", "binary-search"],
    pattern="sorted-search",
    split="test",
    statement="""\
`scores` is sorted in non-decreasing order. For each value in `queries`, report how many scores are strictly
smaller than it.

**Example.** `scores = [10, 20, 20, 35]`, `queries = [20, 5, 40]` gives `[1, 0, 4]`.

**Constraints.** `0 <= len(scores), len(queries) <= 3000`, `0 <= values <= 10^6`.
""",
    starter_code="class Solution:\n    def countBelow(self, scores: List[int], queries: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[10, 20, 20, 35], [20, 5, 40]],
    [[], [3]],
    [[5], []],
    [[5], [5, 6, 4]],
    [[1, 1, 1], [1, 2, 0]],
    [[0, 10**6], [10**6, 0]],
]


def perf_inputs(rng):
    scores = sorted(rng.randint(0, 10**6) for _ in range(2500))
    queries = [rng.randint(0, 10**6) for _ in range(1000)]
    return [[scores, queries]]


SOLUTIONS = [
    dict(name="bisect-left", correct=True, time="fast", reference=True,
         note="The list is sorted, so bisect_left finds how many scores are below a query in O(log n).",
         code='''\
from bisect import bisect_left

class Solution:
    def countBelow(self, scores, queries):
        return [bisect_left(scores, q) for q in queries]
'''),
    dict(name="scan-all", correct=True, time="slow",
         note="Counting with a full scan per query ignores that the scores are sorted: O(n * q).",
         code='''\
class Solution:
    def countBelow(self, scores, queries):
        result = []
        for q in queries:
            count = 0
            for s in scores:
                if s < q:
                    count += 1
            result.append(count)
        return result
'''),
    dict(name="hand-binary-search", correct=True, time="fast",
         note="A hand-written binary search for the first score >= q: O(log n) per query.",
         code='''\
class Solution:
    def countBelow(self, scores, queries):
        result = []
        for q in queries:
            lo, hi = 0, len(scores)
            while lo < hi:
                mid = (lo + hi) // 2
                if scores[mid] < q:
                    lo = mid + 1
                else:
                    hi = mid
            result.append(lo)
        return result
'''),
    dict(name="bisect-right", correct=False,
         note="Wrong: bisect_right also counts the scores equal to the query.",
         code='''\
from bisect import bisect_right

class Solution:
    def countBelow(self, scores, queries):
        return [bisect_right(scores, q) for q in queries]
'''),
]
