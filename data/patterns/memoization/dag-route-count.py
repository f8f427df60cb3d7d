PROBLEM = dict(
    problem_id="dag-route-count",
    title="Count Routes Through One-Way Streets",
    io="call",
    entry_point="countRoutes",
    difficulty="easy",
    tags=["graph", "dynamic-programming", "recursion"],
    pattern="memoization",
    split="train",
    statement="""\
Junctions are numbered `0..n-1` and every street `[u, v]` in `streets` is one-way from `u` to `v` with `u < v`.
Return how many different routes lead from junction 0 to junction `n - 1` (one route when `n = 1`).

**Example.** `n = 4`, `streets = [[0, 1], [0, 2], [1, 3], [2, 3], [1, 2]]` gives `3`.

**Constraints.** `1 <= n <= 60`, `0 <= len(streets) <= 300`, no street is listed twice.
""",
    starter_code="class Solution:\n    def countRoutes(self, n: int, streets: List[List[int]]) -> int:\n",
)

EDGE_INPUTS = [
    [4, [[0, 1], [0, 2], [1, 3], [2, 3], [1, 2]]],
    [1, []],
    [2, []],
    [2, [[0, 1]]],
    [3, [[0, 2], [1, 2]]],
    [5, [[0, 1], [1, 2], [2, 3], [0, 3], [3, 4], [1, 4]]],
]


def perf_inputs(rng):
    n = 26
    streets = [[i, i + 1] for i in range(n - 1)] + [[i, i + 2] for i in range(n - 2)]
    rng.shuffle(streets)
    return [[n, streets]]


SOLUTIONS = [
    dict(name="memo-per-junction", correct=True, time="fast", reference=True,
         note="The routes from a junction onward do not depend on how it was reached; caching them makes it O(n + streets).",
         code='''\
from functools import lru_cache

class Solution:
    def countRoutes(self, n, streets):
        out = [[] for _ in range(n)]
        for u, v in streets:
            out[u].append(v)
        @lru_cache(maxsize=None)
        def routes(u):
            if u == n - 1:
                return 1
            return sum(routes(v) for v in out[u])
        return routes(0)
'''),
    dict(name="forward-table", correct=True, time="fast",
         note="Streets only go to higher numbers, so fill route counts junction by junction in increasing order: O(n + streets).",
         code='''\
class Solution:
    def countRoutes(self, n, streets):
        out = [[] for _ in range(n)]
        for u, v in streets:
            out[u].append(v)
        ways = [0] * n
        ways[0] = 1
        for u in range(n):
            for v in out[u]:
                ways[v] += ways[u]
        return ways[n - 1]
'''),
    dict(name="plain-dfs", correct=True, time="slow",
         note="Plain recursion walks every route separately, re-exploring shared junctions: the work grows with the answer.",
         code='''\
class Solution:
    def countRoutes(self, n, streets):
        out = [[] for _ in range(n)]
        for u, v in streets:
            out[u].append(v)
        def routes(u):
            if u == n - 1:
                return 1
            total = 0
            for v in out[u]:
                total += routes(v)
            return total
        return routes(0)
'''),
    dict(name="visited-set", correct=False,
         note="Wrong: a visited set, as in a reachability search, lets each junction be used by one route only.",
         code='''\
class Solution:
    def countRoutes(self, n, streets):
        out = [[] for _ in range(n)]
        for u, v in streets:
            out[u].append(v)
        seen = set()
        def routes(u):
            if u == n - 1:
                return 1
            total = 0
            for v in out[u]:
                if v not in seen:
                    seen.add(v)
                    total += routes(v)
            return total
        return routes(0)
'''),
]
