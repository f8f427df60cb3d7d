PROBLEM = dict(
    problem_id="tree-diameter",
    title="Longest Path in a Tree",
    io="call",
    entry_point="treeDiameter",
    difficulty="medium",
    tags=["graph", "tree", "bfs", "dfs"],
    split="test",
    statement="""\
An undirected tree has `n = len(edges) + 1` nodes numbered `0..n-1`; each pair `[u, v]` in `edges` joins `u` and
`v`, and the edges connect all nodes without forming a cycle. Return the diameter of the tree: the number of edges
on the longest simple path between any two nodes.

**Example.** `edges = [[0, 1], [1, 2], [1, 3], [3, 4], [4, 5]]` gives `4`: the path `2 - 1 - 3 - 4 - 5`.

**Constraints.** `0 <= len(edges) <= 1499`, so `1 <= n <= 1500`; the edges always form a tree on `0..n-1`.
""",
    starter_code="class Solution:\n    def treeDiameter(self, edges: List[List[int]]) -> int:\n",
)

EDGE_INPUTS = [
    [[[0, 1], [1, 2], [1, 3], [3, 4], [4, 5]]],
    [[]],
    [[[1, 0]]],
    [[[0, 1], [0, 2], [0, 3], [0, 4]]],
    [[[3, 2], [2, 1], [1, 0], [0, 4]]],
    [[[0, 1], [1, 2], [2, 3], [0, 4], [4, 5], [5, 6], [6, 7]]],
    [[[5, 0], [0, 1], [1, 2], [2, 6], [6, 7], [1, 3], [3, 4]]],
]


def perf_inputs(rng):
    tests = []
    n = 1500
    # a random recursive tree: each new node hangs off a random earlier one (relabelled at random)
    label = rng.sample(range(n), n)
    edges = [[label[rng.randrange(v)], label[v]] for v in range(1, n)]
    rng.shuffle(edges)
    tests.append([edges])
    # a caterpillar: a long spine with short legs, so the longest path runs far from node 0
    label = rng.sample(range(n), n)
    edges = []
    for v in range(1, n):
        parent = v - 1 if rng.random() < 0.6 else rng.randrange(max(0, v - 3), v)
        edges.append([label[v], label[parent]] if rng.random() < 0.5 else [label[parent], label[v]])
    rng.shuffle(edges)
    tests.append([edges])
    return tests


SOLUTIONS = [
    dict(name="two-bfs", correct=True, time="fast", memory="medium", reference=True,
         note="O(n) time: BFS from any node finds one end of a longest path, a second BFS measures it.",
         code='''\
from collections import deque

class Solution:
    def treeDiameter(self, edges):
        n = len(edges) + 1
        adj = [[] for _ in range(n)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)

        def farthest(src):
            dist = [-1] * n
            dist[src] = 0
            q = deque([src])
            last = src
            while q:
                last = q.popleft()
                for v in adj[last]:
                    if dist[v] < 0:
                        dist[v] = dist[last] + 1
                        q.append(v)
            return last, dist[last]

        end, _ = farthest(0)
        _, length = farthest(end)
        return length
'''),
    dict(name="xor-leaf-peeling", correct=True, time="fast", memory="lean",
         note="O(n) time, a few flat lists: peel leaves using degree and XOR-of-neighbours, keeping the two deepest branches per node.",
         code='''\
class Solution:
    def treeDiameter(self, edges):
        n = len(edges) + 1
        deg = [0] * n
        xor = [0] * n
        for u, v in edges:
            deg[u] += 1
            deg[v] += 1
            xor[u] ^= v
            xor[v] ^= u
        top1 = [0] * n
        top2 = [0] * n
        stack = [i for i in range(n) if deg[i] == 1]
        while stack:
            u = stack.pop()
            if deg[u] != 1:
                continue
            p = xor[u]
            deg[u] = 0
            h = top1[u] + 1
            if h > top1[p]:
                top1[p], top2[p] = h, top1[p]
            elif h > top2[p]:
                top2[p] = h
            xor[p] ^= u
            deg[p] -= 1
            if deg[p] == 1:
                stack.append(p)
        return max(a + b for a, b in zip(top1, top2))
'''),
    dict(name="recursive-heights-dict", correct=True, time="fast", memory="hungry",
         note="O(n) time; a dict of neighbour sets and recursion as deep as the tree, returning heights upward.",
         code='''\
import sys
from collections import defaultdict

class Solution:
    def treeDiameter(self, edges):
        sys.setrecursionlimit(10000)
        graph = defaultdict(set)
        for u, v in edges:
            graph[u].add(v)
            graph[v].add(u)
        best = [0]

        def height(node, parent):
            first = second = 0
            for child in graph[node]:
                if child == parent:
                    continue
                h = height(child, node) + 1
                if h > first:
                    first, second = h, first
                elif h > second:
                    second = h
            best[0] = max(best[0], first + second)
            return first

        height(0, -1)
        return best[0]
'''),
    dict(name="peel-layers", correct=True, time="fast", memory="medium",
         note="O(n) time: strip all leaves round after round; the round count and what is left give the diameter.",
         code='''\
class Solution:
    def treeDiameter(self, edges):
        n = len(edges) + 1
        if n == 1:
            return 0
        nbrs = [set() for _ in range(n)]
        for u, v in edges:
            nbrs[u].add(v)
            nbrs[v].add(u)
        leaves = [i for i in range(n) if len(nbrs[i]) == 1]
        remaining, rounds = n, 0
        while remaining > 2:
            remaining -= len(leaves)
            rounds += 1
            nxt = []
            for leaf in leaves:
                parent = nbrs[leaf].pop()
                nbrs[parent].discard(leaf)
                if len(nbrs[parent]) == 1:
                    nxt.append(parent)
            leaves = nxt
        return 2 * rounds + (remaining - 1)
'''),
    dict(name="bfs-from-every-node", correct=True, time="slow", memory="medium",
         note="O(n^2) time: the largest eccentricity, found by a BFS from every node.",
         code='''\
from collections import deque

class Solution:
    def treeDiameter(self, edges):
        n = len(edges) + 1
        adj = [[] for _ in range(n)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        best = 0
        for s in range(n):
            dist = [-1] * n
            dist[s] = 0
            q = deque([s])
            while q:
                u = q.popleft()
                for v in adj[u]:
                    if dist[v] == -1:
                        dist[v] = dist[u] + 1
                        q.append(v)
            best = max(best, max(dist))
        return best
'''),
    dict(name="dfs-from-every-leaf", correct=True, time="slow", memory="medium",
         note="O(leaves * n) time: a longest path runs between two leaves, so an explicit-stack DFS from each leaf finds it.",
         code='''\
class Solution:
    def treeDiameter(self, edges):
        n = len(edges) + 1
        adj = [[] for _ in range(n)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        # DFS from every leaf (or from the lone node), tracking the deepest point reached
        best = 0
        for s in range(n):
            if len(adj[s]) > 1:
                continue
            stack = [(s, -1, 0)]
            while stack:
                u, parent, d = stack.pop()
                if d > best:
                    best = d
                for v in adj[u]:
                    if v != parent:
                        stack.append((v, u, d + 1))
        return best
'''),
    dict(name="eccentricity-of-zero", correct=False,
         note="Wrong: returns the farthest distance from node 0, which is the diameter only when 0 is an end of one.",
         code='''\
from collections import deque

class Solution:
    def treeDiameter(self, edges):
        adj = {}
        for u, v in edges:
            adj.setdefault(u, []).append(v)
            adj.setdefault(v, []).append(u)
        dist = {0: 0}
        q = deque([0])
        while q:
            u = q.popleft()
            for v in adj.get(u, []):
                if v not in dist:
                    dist[v] = dist[u] + 1
                    q.append(v)
        return max(dist.values())
'''),
]
