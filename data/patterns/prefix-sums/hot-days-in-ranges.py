PROBLEM = dict(
    problem_id="hot-days-in-ranges",
    title="Hot Days in Each Range",
    io="call",
    entry_point="hotDays",
    difficulty="easy",
    tags=["array", "prefix-sum"],
    pattern="prefix-sums",
    split="test",
    statement="""\
`temps[d]` is the temperature on day `d`. For each query `[first, last]`, count the days from `first` to `last`
(both included) that were hotter than `limit` (strictly above it).

**Example.** `temps = [30, 35, 28, 40]`, `limit = 30`, `queries = [[0, 3], [2, 2]]` gives `[2, 0]`.

**Constraints.** `1 <= len(temps) <= 10^4`, `0 <= len(queries) <= 3000`, `0 <= first <= last < len(temps)`.
""",
    starter_code="class Solution:\n    def hotDays(self, temps: List[int], limit: int, queries: List[List[int]]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[30, 35, 28, 40], 30, [[0, 3], [2, 2]]],
    [[10], 5, [[0, 0]]],
    [[10], 10, [[0, 0]]],
    [[1, 2, 3], 0, []],
    [[5, 6, 7], 6, [[0, 2], [1, 1], [2, 2]]],
    [[-3, -1], -2, [[0, 1]]],
]


def perf_inputs(rng):
    n = 6000
    temps = [rng.randint(-20, 45) for _ in range(n)]
    queries = []
    for _ in range(700):
        a = rng.randrange(n // 3)
        queries.append([a, rng.randrange(a, n)])
    return [[temps, 25, queries]]


SOLUTIONS = [
    dict(name="prefix-counts", correct=True, time="fast", reference=True,
         note="prefix[i] counts hot days before day i, so each query is one subtraction: O(n + q).",
         code='''\
class Solution:
    def hotDays(self, temps, limit, queries):
        prefix = [0]
        for t in temps:
            prefix.append(prefix[-1] + (t > limit))
        return [prefix[b + 1] - prefix[a] for a, b in queries]
'''),
    dict(name="count-each-range", correct=True, time="slow",
         note="Every query walks its whole range again: O(range length) per query, O(n * q).",
         code='''\
class Solution:
    def hotDays(self, temps, limit, queries):
        out = []
        for a, b in queries:
            count = 0
            for d in range(a, b + 1):
                if temps[d] > limit:
                    count += 1
            out.append(count)
        return out
'''),
    dict(name="counts-equal-days", correct=False,
         note="Wrong: t >= limit also counts days exactly at the limit.",
         code='''\
class Solution:
    def hotDays(self, temps, limit, queries):
        prefix = [0]
        for t in temps:
            prefix.append(prefix[-1] + (t >= limit))
        return [prefix[b + 1] - prefix[a] for a, b in queries]
'''),
    dict(name="accumulate-flags", correct=True, time="fast",
         note="Accumulate 0/1 hot flags into a prefix table, then O(1) per query.",
         code='''\
from itertools import accumulate

class Solution:
    def hotDays(self, temps, limit, queries):
        prefix = [0] + list(accumulate(1 if t > limit else 0 for t in temps))
        return [prefix[b + 1] - prefix[a] for a, b in queries]
'''),
]
