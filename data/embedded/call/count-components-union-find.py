PROBLEM = dict(
    problem_id="count-components-union-find",
    title="Count Connected Components",
    io="call",
    entry_point="countComponents",
    difficulty="easy",
    tags=["graph", "union-find", "bfs"],
    split="train",
    statement="""\
An undirected graph has `n` nodes numbered `0..n-1` and the list `edges`, where `[u, v]` joins `u` and `v`.
Return the number of connected components, i.e. the number of groups of nodes such that nodes in the same group
are linked by some path and nodes in different groups are not. A node with no edges is a component of its own.

**Example.** `n = 6`, `edges = [[0, 1], [1, 2], [3, 4]]` gives `3`: the groups are `{0, 1, 2}`, `{3, 4}` and `{5}`.

**Constraints.** `1 <= n <= 6000`, `0 <= len(edges) <= 6000`, `0 <= u, v < n`, `u != v`. The same pair may be
listed more than once.
""",
    starter_code="class Solution:\n    def countComponents(self, n: int, edges: List[List[int]]) -> int:\n",
)

EDGE_INPUTS = [
    [6, [[0, 1], [1, 2], [3, 4]]],
    [1, []],
    [4, []],
    [3, [[0, 1], [1, 2], [2, 0]]],
    [4, [[0, 1], [1, 0], [2, 3], [3, 2]]],
    [5, [[0, 4], [4, 1], [3, 2], [1, 0]]],
    [7, [[6, 5], [5, 4], [4, 3], [3, 2], [2, 1], [1, 0]]],
]


def perf_inputs(rng):
    tests = []
    for n, m in ((6000, 5000), (6000, 6000)):
        edges = []
        for _ in range(m):
            u, v = rng.sample(range(n), 2)
            edges.append([u, v])
        tests.append([n, edges])
    return tests


SOLUTIONS = [
    dict(name="dsu-path-halving", correct=True, time="fast", memory="lean", reference=True,
         note="O((V + E) * alpha) time, one parent list: union by size with path halving.",
         code='''\
class Solution:
    def countComponents(self, n, edges):
        parent = list(range(n))
        size = [1] * n

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        groups = n
        for u, v in edges:
            a, b = find(u), find(v)
            if a == b:
                continue
            if size[a] < size[b]:
                a, b = b, a
            parent[b] = a
            size[a] += size[b]
            groups -= 1
        return groups
'''),
    dict(name="bfs-adjacency-lists", correct=True, time="fast", memory="medium",
         note="O(V + E) time: adjacency lists, a seen list and a BFS from every unseen node.",
         code='''\
from collections import deque

class Solution:
    def countComponents(self, n, edges):
        adj = [[] for _ in range(n)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        seen = [False] * n
        count = 0
        for s in range(n):
            if seen[s]:
                continue
            count += 1
            seen[s] = True
            q = deque([s])
            while q:
                u = q.popleft()
                for v in adj[u]:
                    if not seen[v]:
                        seen[v] = True
                        q.append(v)
        return count
'''),
    dict(name="recursive-dfs-dict-of-sets", correct=True, time="fast", memory="hungry",
         note="O(V + E) time; a set of neighbours for every node, a visited set and recursive DFS.",
         code='''\
import sys

class Solution:
    def countComponents(self, n, edges):
        sys.setrecursionlimit(20000)
        graph = {node: set() for node in range(n)}
        for u, v in edges:
            graph[u].add(v)
            graph[v].add(u)
        visited = set()

        def dfs(node):
            visited.add(node)
            for nb in graph[node]:
                if nb not in visited:
                    dfs(nb)

        components = 0
        for node in graph:
            if node not in visited:
                components += 1
                dfs(node)
        return components
'''),
    dict(name="dsu-naive-link", correct=True, time="medium", memory="lean",
         note="Union-find without path compression or ranks: find walks the whole chain, O(V) per call in the worst case.",
         code='''\
class Solution:
    def countComponents(self, n, edges):
        root = list(range(n))

        def find(x):
            while root[x] != x:
                x = root[x]
            return x

        for u, v in edges:
            ru, rv = find(u), find(v)
            if ru != rv:
                root[ru] = rv
        return sum(1 for i in range(n) if root[i] == i)
'''),
    dict(name="quick-find", correct=True, time="slow", memory="lean",
         note="O(V * E) time: a component id per node, and each merge rewrites every id of one component.",
         code='''\
class Solution:
    def countComponents(self, n, edges):
        comp = list(range(n))
        for u, v in edges:
            a, b = comp[u], comp[v]
            if a != b:
                for i in range(n):
                    if comp[i] == b:
                        comp[i] = a
        return len(set(comp))
'''),
    dict(name="scan-edges-per-node", correct=True, time="slow", memory="lean",
         note="O(V * E) time, no adjacency: to expand a node, the search scans the whole edge list for its neighbours.",
         code='''\
class Solution:
    def countComponents(self, n, edges):
        seen = [False] * n
        count = 0
        for s in range(n):
            if seen[s]:
                continue
            count += 1
            seen[s] = True
            todo = [s]
            while todo:
                x = todo.pop()
                for u, v in edges:
                    if u == x and not seen[v]:
                        seen[v] = True
                        todo.append(v)
                    elif v == x and not seen[u]:
                        seen[u] = True
                        todo.append(u)
        return count
'''),
    dict(name="nodes-minus-edges", correct=False,
         note="Wrong: assumes every edge merges two components (n - len(edges)), ignoring cycles and repeated pairs.",
         code='''\
class Solution:
    def countComponents(self, n, edges):
        return max(1, n - len(edges))
'''),
]
