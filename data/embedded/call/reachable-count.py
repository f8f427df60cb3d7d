PROBLEM = dict(
    problem_id="reachable-count",
    title="How Far Does Node 0 Reach?",
    io="call",
    entry_point="reachableCount",
    difficulty="easy",
    tags=["graph", "bfs", "dfs"],
    split="train",
    statement="""\
A directed graph has `n` nodes numbered `0..n-1`. Each pair `[u, v]` in `edges` is a one-way arrow from `u` to
`v`. Return how many nodes can be reached from node `0` by following arrows, counting node `0` itself.

**Example.** `n = 5`, `edges = [[0, 1], [1, 2], [3, 0], [2, 0], [3, 4]]` gives `3`: nodes `0`, `1` and `2`.
Node `3` points at `0`, but nothing leads from `0` to `3` or `4`.

**Constraints.** `1 <= n <= 3000`, `0 <= len(edges) <= 6000`, `0 <= u, v < n`. Self-loops and repeated arrows
may occur.
""",
    starter_code="class Solution:\n    def reachableCount(self, n: int, edges: List[List[int]]) -> int:\n",
)

EDGE_INPUTS = [
    [5, [[0, 1], [1, 2], [3, 0], [2, 0], [3, 4]]],
    [1, []],
    [3, []],
    [2, [[1, 0]]],
    [3, [[0, 0], [0, 1], [0, 1]]],
    [4, [[2, 3], [1, 2], [0, 1]]],
    [6, [[0, 1], [1, 0], [4, 5], [5, 2], [1, 3]]],
]


def perf_inputs(rng):
    n, m = 3000, 6000
    scattered = [[rng.randrange(n), rng.randrange(n)] for _ in range(m)]
    # a long, thin graph: nodes sit on a line in random order; arrows jump a few places forward or anywhere back
    line = [0] + rng.sample(range(1, n), n - 1)
    thin = [[line[i], line[i + 1]] for i in range(n - 1)]
    while len(thin) < m:
        i = rng.randrange(n)
        j = i + rng.randint(2, 4) if rng.random() < 0.7 else rng.randrange(i + 1)
        if j < n:
            thin.append([line[i], line[j]])
    rng.shuffle(thin)
    return [[n, scattered], [n, thin]]


SOLUTIONS = [
    dict(name="bfs-adjacency", correct=True, time="fast", memory="medium", reference=True,
         note="O(V + E) time: adjacency lists, a bytearray of seen flags and a BFS from node 0.",
         code='''\
from collections import deque

class Solution:
    def reachableCount(self, n, edges):
        out = [[] for _ in range(n)]
        for u, v in edges:
            out[u].append(v)
        seen = bytearray(n)
        seen[0] = 1
        q = deque([0])
        count = 1
        while q:
            u = q.popleft()
            for v in out[u]:
                if not seen[v]:
                    seen[v] = 1
                    count += 1
                    q.append(v)
        return count
'''),
    dict(name="dfs-stack-dict-of-sets", correct=True, time="fast", memory="hungry",
         note="O(V + E) time; a dict of successor sets for every node and a visited set, explored with a stack.",
         code='''\
class Solution:
    def reachableCount(self, n, edges):
        succ = {i: set() for i in range(n)}
        for u, v in edges:
            succ[u].add(v)
        visited = {0}
        stack = [0]
        while stack:
            node = stack.pop()
            for nxt in succ[node] - visited:
                visited.add(nxt)
                stack.append(nxt)
        return len(visited)
'''),
    dict(name="recursive-dfs", correct=True, time="fast", memory="medium",
         note="O(V + E) time: recursive DFS over adjacency lists; the call stack can be as deep as the graph.",
         code='''\
import sys

class Solution:
    def reachableCount(self, n, edges):
        sys.setrecursionlimit(10000)
        graph = [[] for _ in range(n)]
        for a, b in edges:
            graph[a].append(b)
        seen = [False] * n

        def go(u):
            seen[u] = True
            for v in graph[u]:
                if not seen[v]:
                    go(v)

        go(0)
        return sum(seen)
'''),
    dict(name="fixed-point-over-edges", correct=True, time="medium", memory="lean",
         note="O(passes * E) time, O(V) memory: sweeps the raw arrow list marking heads of reached tails until stable.",
         code='''\
class Solution:
    def reachableCount(self, n, edges):
        reached = bytearray(n)
        reached[0] = 1
        grew = True
        while grew:
            grew = False
            for u, v in edges:
                if reached[u] and not reached[v]:
                    reached[v] = 1
                    grew = True
        return sum(reached)
'''),
    dict(name="scan-edges-per-node", correct=True, time="slow", memory="lean",
         note="O(V * E) time: no adjacency lists, so expanding each reached node scans every arrow.",
         code='''\
class Solution:
    def reachableCount(self, n, edges):
        reached = [False] * n
        reached[0] = True
        order = [0]
        i = 0
        while i < len(order):
            x = order[i]
            i += 1
            for u, v in edges:
                if u == x and not reached[v]:
                    reached[v] = True
                    order.append(v)
        return len(order)
'''),
    dict(name="frontier-sets", correct=True, time="slow", memory="medium",
         note="O(levels * E) time: each level builds a new frontier set by checking every arrow against it.",
         code='''\
class Solution:
    def reachableCount(self, n, edges):
        reached = {0}
        frontier = {0}
        while frontier:
            new = set()
            for u, v in edges:
                if u in frontier and v not in reached:
                    new.add(v)
            reached |= new
            frontier = new
        return len(reached)
'''),
    dict(name="undirected-by-mistake", correct=False,
         note="Wrong: adds each arrow in both directions, so it counts nodes that only point towards node 0.",
         code='''\
from collections import deque

class Solution:
    def reachableCount(self, n, edges):
        adj = [[] for _ in range(n)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        seen = {0}
        q = deque([0])
        while q:
            u = q.popleft()
            for v in adj[u]:
                if v not in seen:
                    seen.add(v)
                    q.append(v)
        return len(seen)
'''),
]
