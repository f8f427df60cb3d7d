PROBLEM = dict(
    problem_id="is-bipartite",
    title="Two-Colour the Graph",
    io="call",
    entry_point="isBipartite",
    difficulty="medium",
    tags=["graph", "bfs", "bipartite", "union-find"],
    split="train",
    statement="""\
An undirected graph has `n` nodes numbered `0..n-1` and the list `edges`, where `[u, v]` joins `u` and `v`. The
graph need not be connected. Decide whether every node can be painted red or blue so that each edge joins a red
node to a blue node. Return `True` if that is possible and `False` otherwise.

**Example.** `n = 4`, `edges = [[0, 1], [1, 2], [2, 3], [3, 0]]` gives `True` (paint 0 and 2 red, 1 and 3 blue).
With the extra edge `[0, 2]` the answer becomes `False`, because the triangle 0-1-2 cannot be painted.

**Constraints.** `1 <= n <= 1500`, `0 <= len(edges) <= 4000`, `0 <= u, v < n`, `u != v`. The same pair may be
listed more than once.
""",
    starter_code="class Solution:\n    def isBipartite(self, n: int, edges: List[List[int]]) -> bool:\n",
)

EDGE_INPUTS = [
    [4, [[0, 1], [1, 2], [2, 3], [3, 0]]],
    [4, [[0, 1], [1, 2], [2, 3], [3, 0], [0, 2]]],
    [1, []],
    [3, []],
    [4, [[0, 1], [2, 3], [1, 3]]],
    [6, [[0, 1], [1, 2], [3, 4], [4, 5], [5, 3]]],
    [2, [[0, 1], [1, 0], [0, 1]]],
    [5, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 0]]],
]


def perf_inputs(rng):
    n, m = 1500, 4000
    tests = []
    for odd in (False, False, True):
        side = [rng.randint(0, 1) for _ in range(n)]
        left = [i for i in range(n) if side[i] == 0]
        right = [i for i in range(n) if side[i] == 1]
        edges = []
        for _ in range(m):
            u, v = rng.choice(left), rng.choice(right)
            edges.append([u, v] if rng.random() < 0.5 else [v, u])
        if odd:
            edges[-1] = rng.sample(left, 2)  # one edge inside a side breaks the colouring
        rng.shuffle(edges)
        tests.append([n, edges])
    return tests


SOLUTIONS = [
    dict(name="bfs-colouring", correct=True, time="fast", memory="medium", reference=True,
         note="O(V + E) time: adjacency lists and a BFS per component, alternating colours by level.",
         code='''\
from collections import deque

class Solution:
    def isBipartite(self, n, edges):
        adj = [[] for _ in range(n)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        colour = [-1] * n
        for s in range(n):
            if colour[s] != -1:
                continue
            colour[s] = 0
            q = deque([s])
            while q:
                u = q.popleft()
                for v in adj[u]:
                    if colour[v] == -1:
                        colour[v] = colour[u] ^ 1
                        q.append(v)
                    elif colour[v] == colour[u]:
                        return False
        return True
'''),
    dict(name="parity-union-find", correct=True, time="fast", memory="lean",
         note="O(E * alpha) time, O(V) memory: union-find that stores each node's colour parity relative to its root.",
         code='''\
class Solution:
    def isBipartite(self, n, edges):
        parent = list(range(n))
        parity = [0] * n

        def find(x):
            path = 0
            root = x
            while parent[root] != root:
                path ^= parity[root]
                root = parent[root]
            # compress: point x's chain straight at the root with the right parity
            while parent[x] != root:
                nxt, p = parent[x], parity[x]
                parent[x], parity[x] = root, path
                path ^= p
                x = nxt
            return root

        for u, v in edges:
            ru, rv = find(u), find(v)
            pu = parity[u] if parent[u] == ru and u != ru else 0
            pv = parity[v] if parent[v] == rv and v != rv else 0
            if ru == rv:
                if pu == pv:
                    return False
            else:
                parent[ru] = rv
                parity[ru] = pu ^ pv ^ 1
        return True
'''),
    dict(name="recursive-dfs-sets", correct=True, time="fast", memory="hungry",
         note="O(V + E) time; a dict of neighbour sets, a colour dict and recursive DFS.",
         code='''\
import sys
from collections import defaultdict

class Solution:
    def isBipartite(self, n, edges):
        sys.setrecursionlimit(10000)
        graph = defaultdict(set)
        for u, v in edges:
            graph[u].add(v)
            graph[v].add(u)
        colour = {}

        def paint(node, c):
            colour[node] = c
            for nb in graph[node]:
                if nb not in colour:
                    if not paint(nb, 1 - c):
                        return False
                elif colour[nb] == c:
                    return False
            return True

        for node in range(n):
            if node not in colour and not paint(node, 0):
                return False
        return True
'''),
    dict(name="propagate-over-edges", correct=True, time="fast", memory="lean",
         note="O(passes * E) time, O(V) memory: sweeps the edge list spreading colours until stable, then seeds a new component.",
         code='''\
class Solution:
    def isBipartite(self, n, edges):
        colour = [-1] * n
        for seed in range(n):
            if colour[seed] != -1:
                continue
            colour[seed] = 0
            changed = True
            while changed:
                changed = False
                for u, v in edges:
                    cu, cv = colour[u], colour[v]
                    if cu == -1 and cv == -1:
                        continue
                    if cu == cv:
                        return False
                    if cu == -1:
                        colour[u] = 1 - cv
                        changed = True
                    elif cv == -1:
                        colour[v] = 1 - cu
                        changed = True
        return True
'''),
    dict(name="levels-from-every-node", correct=True, time="slow", memory="medium",
         note="O(V * (V + E)) time: a BFS from every node, failing if any edge joins two nodes on the same level.",
         code='''\
from collections import deque

class Solution:
    def isBipartite(self, n, edges):
        adj = [[] for _ in range(n)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        for s in range(n):
            level = [-1] * n
            level[s] = 0
            q = deque([s])
            while q:
                u = q.popleft()
                for v in adj[u]:
                    if level[v] == -1:
                        level[v] = level[u] + 1
                        q.append(v)
                    elif level[v] == level[u]:
                        return False
        return True
'''),
    dict(name="scan-edges-bfs", correct=True, time="slow", memory="lean",
         note="O(V * E) time, no adjacency: to expand a node the search scans the whole edge list.",
         code='''\
class Solution:
    def isBipartite(self, n, edges):
        colour = [None] * n
        for s in range(n):
            if colour[s] is not None:
                continue
            colour[s] = 0
            queue = [s]
            for x in queue:
                for u, v in edges:
                    if u == x:
                        other = v
                    elif v == x:
                        other = u
                    else:
                        continue
                    if colour[other] is None:
                        colour[other] = 1 - colour[x]
                        queue.append(other)
                    elif colour[other] == colour[x]:
                        return False
        return True
'''),
    dict(name="greedy-edge-order", correct=False,
         note="Wrong: colours edges one by one in input order without propagating, so two separately painted pieces can clash.",
         code='''\
class Solution:
    def isBipartite(self, n, edges):
        colour = {}
        for u, v in edges:
            if u not in colour and v not in colour:
                colour[u], colour[v] = 0, 1
            elif u not in colour:
                colour[u] = 1 - colour[v]
            elif v not in colour:
                colour[v] = 1 - colour[u]
            elif colour[u] == colour[v]:
                return False
        return True
'''),
]
