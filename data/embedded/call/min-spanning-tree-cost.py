PROBLEM = dict(
    problem_id="min-spanning-tree-cost",
    title="Cheapest Network That Connects Everything",
    io="call",
    entry_point="minSpanningTreeCost",
    difficulty="hard",
    tags=["graph", "minimum-spanning-tree", "union-find", "greedy", "heap"],
    split="test",
    statement="""\
There are `n` sites numbered `0..n-1`. Each entry `[u, v, w]` of `edges` is a cable that could be laid between
sites `u` and `v` at cost `w` (cables work in both directions). Choose a set of cables such that every site can
reach every other site through chosen cables, and make the total cost as small as possible. Return that cost
(the weight of a minimum spanning tree).

The input is guaranteed to be connected. Two sites may be offered more than one cable at different costs.

**Example.** `n = 4`, `edges = [[0, 1, 4], [1, 2, 1], [2, 3, 3], [0, 3, 2], [0, 2, 5]]` gives `6`: choose
`1-2` (1), `0-3` (2) and `2-3` (3).

**Constraints.** `1 <= n <= 800`, `n - 1 <= len(edges) <= 8000`, `0 <= u, v < n`, `u != v`,
`0 <= w <= 10^5`.
""",
    starter_code="class Solution:\n    def minSpanningTreeCost(self, n: int, edges: List[List[int]]) -> int:\n",
)

EDGE_INPUTS = [
    [4, [[0, 1, 4], [1, 2, 1], [2, 3, 3], [0, 3, 2], [0, 2, 5]]],
    [1, []],
    [2, [[0, 1, 7]]],
    [2, [[1, 0, 9], [0, 1, 3], [0, 1, 5]]],
    [3, [[0, 1, 0], [1, 2, 0], [0, 2, 0]]],
    [4, [[0, 1, 1], [1, 2, 1], [2, 0, 1], [2, 3, 10]]],
    [5, [[0, 1, 2], [0, 2, 2], [0, 3, 2], [0, 4, 2], [1, 2, 1], [3, 4, 1], [2, 3, 1]]],
    [3, [[0, 1, 100000], [1, 2, 100000]]],
]


def perf_inputs(rng):
    tests = []
    n = 800
    for m in (8000, 7000):
        edges = []
        for v in range(1, n):  # a random tree guarantees connectivity
            edges.append([rng.randrange(v), v, rng.randint(0, 100000)])
        while len(edges) < m:
            u, v = rng.sample(range(n), 2)
            edges.append([u, v, rng.randint(0, 100000)])
        rng.shuffle(edges)
        tests.append([n, edges])
    return tests


SOLUTIONS = [
    dict(name="kruskal-dsu", correct=True, time="fast", memory="medium", reference=True,
         note="O(E log E) time: sort the edges, keep each one that joins two different union-find sets.",
         code='''\
from operator import itemgetter

class Solution:
    def minSpanningTreeCost(self, n, edges):
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        total, used = 0, 0
        for u, v, w in sorted(edges, key=itemgetter(2)):
            ru, rv = find(u), find(v)
            if ru != rv:
                parent[ru] = rv
                total += w
                used += 1
                if used == n - 1:
                    break
        return total
'''),
    dict(name="prim-heap", correct=True, time="fast", memory="hungry",
         note="O(E log E) time; O(E) memory: both directions of every edge as tuples in adjacency lists, plus a heap.",
         code='''\
import heapq

class Solution:
    def minSpanningTreeCost(self, n, edges):
        adj = [[] for _ in range(n)]
        for u, v, w in edges:
            adj[u].append((w, v))
            adj[v].append((w, u))
        in_tree = [False] * n
        heap = [(0, 0)]
        total = 0
        added = 0
        while heap and added < n:
            w, u = heapq.heappop(heap)
            if in_tree[u]:
                continue
            in_tree[u] = True
            total += w
            added += 1
            for item in adj[u]:
                if not in_tree[item[1]]:
                    heapq.heappush(heap, item)
        return total
'''),
    dict(name="prim-dense-matrix", correct=True, time="medium", memory="hungry",
         note="O(V^2) time and memory: cheapest cable for every pair in a matrix, array-based Prim.",
         code='''\
class Solution:
    def minSpanningTreeCost(self, n, edges):
        INF = float("inf")
        cost = [[INF] * n for _ in range(n)]
        for u, v, w in edges:
            if w < cost[u][v]:
                cost[u][v] = cost[v][u] = w
        best = [INF] * n
        best[0] = 0
        done = [False] * n
        total = 0
        for _ in range(n):
            u = min((i for i in range(n) if not done[i]), key=best.__getitem__)
            done[u] = True
            total += best[u]
            row = cost[u]
            for v in range(n):
                if not done[v] and row[v] < best[v]:
                    best[v] = row[v]
        return total
'''),
    dict(name="boruvka", correct=True, time="fast", memory="medium",
         note="O(E log V) time: every round each component picks its cheapest outgoing edge (ties broken by index).",
         code='''\
class Solution:
    def minSpanningTreeCost(self, n, edges):
        comp = list(range(n))

        def find(x):
            while comp[x] != x:
                comp[x] = comp[comp[x]]
                x = comp[x]
            return x

        components, total = n, 0
        while components > 1:
            cheapest = [-1] * n
            for i, (u, v, w) in enumerate(edges):
                a, b = find(u), find(v)
                if a == b:
                    continue
                for c in (a, b):
                    j = cheapest[c]
                    if j == -1 or (w, i) < (edges[j][2], j):
                        cheapest[c] = i
            for c in range(n):
                j = cheapest[c]
                if j != -1:
                    u, v, w = edges[j]
                    a, b = find(u), find(v)
                    if a != b:
                        comp[a] = b
                        total += w
                        components -= 1
        return total
'''),
    dict(name="prim-scan-all-edges", correct=True, time="slow", memory="lean",
         note="O(V * E) time, O(V) memory: each step scans the whole edge list for the cheapest edge leaving the tree.",
         code='''\
class Solution:
    def minSpanningTreeCost(self, n, edges):
        inside = bytearray(n)
        inside[0] = 1
        total = 0
        for _ in range(n - 1):
            best_w, best_v = None, -1
            for u, v, w in edges:
                if inside[u] != inside[v] and (best_w is None or w < best_w):
                    best_w = w
                    best_v = v if inside[u] else u
            inside[best_v] = 1
            total += best_w
        return total
'''),
    dict(name="kruskal-relabel-lists", correct=True, time="medium", memory="medium",
         note="O(E log E + V^2) time: sorted edges, and every merge rewrites one side's labels by scanning all nodes.",
         code='''\
class Solution:
    def minSpanningTreeCost(self, n, edges):
        label = list(range(n))
        total = 0
        for u, v, w in sorted(edges, key=lambda e: e[2]):
            a, b = label[u], label[v]
            if a != b:
                total += w
                for i in range(n):
                    if label[i] == b:
                        label[i] = a
        return total
'''),
    dict(name="cheapest-n-minus-1", correct=False,
         note="Wrong: adds the n-1 cheapest edges without checking for cycles, so it can skip a needed bridge.",
         code='''\
class Solution:
    def minSpanningTreeCost(self, n, edges):
        weights = sorted(w for _, _, w in edges)
        return sum(weights[:n - 1])
'''),
]
