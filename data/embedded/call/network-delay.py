PROBLEM = dict(
    problem_id="network-delay",
    title="Signal Broadcast Delay",
    io="call",
    entry_point="networkDelay",
    difficulty="medium",
    tags=["graph", "shortest-path", "dijkstra", "heap"],
    split="train",
    statement="""\
A network has `n` nodes labelled `1..n`. Each entry `[u, v, w]` of `times` is a one-way link: a signal that is
at node `u` arrives at node `v` exactly `w` time units later. At time `0` node `k` emits a signal, and every node
forwards it on all of its outgoing links the moment it first arrives.

Return the time at which the last node receives the signal, or `-1` if some node never receives it.

**Example.** `times = [[1, 2, 4], [1, 3, 1], [3, 2, 2], [2, 4, 1]]`, `n = 4`, `k = 1` gives `4`: node 3 hears
the signal at time 1, node 2 at time 3 (through node 3), and node 4 at time 4.

**Constraints.** `1 <= n <= 400`, `0 <= len(times) <= 12000`, `1 <= u, v, k <= n`, `u != v`, no link `(u, v)`
appears twice, `0 <= w <= 100`.
""",
    starter_code="class Solution:\n    def networkDelay(self, times: List[List[int]], n: int, k: int) -> int:\n",
)

EDGE_INPUTS = [
    [[[1, 2, 4], [1, 3, 1], [3, 2, 2], [2, 4, 1]], 4, 1],
    [[], 1, 1],
    [[], 2, 1],
    [[[1, 2, 5]], 2, 2],
    [[[2, 1, 0], [2, 3, 0]], 3, 2],
    [[[1, 2, 1], [2, 3, 1], [1, 3, 5], [3, 1, 1]], 3, 1],
    [[[1, 2, 9], [1, 3, 1], [3, 4, 1], [4, 2, 1], [2, 5, 3]], 5, 1],
    [[[1, 2, 1], [3, 4, 1]], 4, 1],
]


def perf_inputs(rng):
    tests = []
    n = 400
    for m in (12000, 10000):
        order = list(range(1, n + 1))
        rng.shuffle(order)
        links = {}
        for i in range(1, n):  # a random chain through all nodes, so everything is reachable
            links[(order[i - 1], order[i])] = rng.randint(50, 100)
        while len(links) < m:
            u, v = rng.randint(1, n), rng.randint(1, n)
            if u != v and (u, v) not in links:
                links[(u, v)] = rng.randint(0, 100)
        times = [[u, v, w] for (u, v), w in links.items()]
        rng.shuffle(times)
        tests.append([times, n, order[0]])
    return tests


SOLUTIONS = [
    dict(name="dijkstra-heap", correct=True, time="fast", memory="hungry", reference=True,
         note="O(E log V) time; O(E) memory: a (v, w) tuple per link in adjacency lists, and a lazy-deletion heap.",
         code='''\
import heapq

class Solution:
    def networkDelay(self, times, n, k):
        adj = [[] for _ in range(n + 1)]
        for u, v, w in times:
            adj[u].append((v, w))
        INF = float("inf")
        dist = [INF] * (n + 1)
        dist[k] = 0
        heap = [(0, k)]
        while heap:
            d, u = heapq.heappop(heap)
            if d > dist[u]:
                continue
            for v, w in adj[u]:
                nd = d + w
                if nd < dist[v]:
                    dist[v] = nd
                    heapq.heappush(heap, (nd, v))
        last = max(dist[1:])
        return last if last < INF else -1
'''),
    dict(name="dijkstra-dict-of-dicts", correct=True, time="fast", memory="hungry",
         note="O(E log V) time; a defaultdict of dicts for the graph and a dict of tentative distances.",
         code='''\
from collections import defaultdict
from heapq import heappush, heappop

class Solution:
    def networkDelay(self, times, n, k):
        graph = defaultdict(dict)
        for u, v, w in times:
            graph[u][v] = w
        best = {node: float("inf") for node in range(1, n + 1)}
        best[k] = 0
        heap = [(0, k)]
        done = set()
        while heap:
            d, u = heappop(heap)
            if u in done:
                continue
            done.add(u)
            for v, w in graph[u].items():
                if d + w < best[v]:
                    best[v] = d + w
                    heappush(heap, (d + w, v))
        answer = max(best.values())
        return -1 if answer == float("inf") else answer
'''),
    dict(name="dijkstra-matrix", correct=True, time="medium", memory="hungry",
         note="O(V^2) time and memory: adjacency matrix, linear scan for the closest unfinished node.",
         code='''\
class Solution:
    def networkDelay(self, times, n, k):
        INF = float("inf")
        w = [[INF] * (n + 1) for _ in range(n + 1)]
        for u, v, t in times:
            w[u][v] = t
        dist = [INF] * (n + 1)
        dist[k] = 0
        done = [False] * (n + 1)
        for _ in range(n):
            u, best = -1, INF
            for i in range(1, n + 1):
                if not done[i] and dist[i] < best:
                    u, best = i, dist[i]
            if u == -1:
                return -1
            done[u] = True
            row = w[u]
            for v in range(1, n + 1):
                if best + row[v] < dist[v]:
                    dist[v] = best + row[v]
        return max(dist[1:])
'''),
    dict(name="spfa-deque", correct=True, time="fast", memory="medium",
         note="Queue-based Bellman-Ford (SPFA): O(V*E) worst case, near-linear on random graphs.",
         code='''\
from collections import deque

class Solution:
    def networkDelay(self, times, n, k):
        out = [[] for _ in range(n + 1)]
        for u, v, w in times:
            out[u].append((v, w))
        INF = float("inf")
        dist = [INF] * (n + 1)
        dist[k] = 0
        queued = [False] * (n + 1)
        q = deque([k])
        queued[k] = True
        while q:
            u = q.popleft()
            queued[u] = False
            for v, w in out[u]:
                if dist[u] + w < dist[v]:
                    dist[v] = dist[u] + w
                    if not queued[v]:
                        queued[v] = True
                        q.append(v)
        ans = max(dist[1:])
        return ans if ans < INF else -1
'''),
    dict(name="bellman-ford-early-exit", correct=True, time="fast", memory="lean",
         note="O(V*E) worst case: rounds over the raw edge list, stopping when a round changes nothing.",
         code='''\
class Solution:
    def networkDelay(self, times, n, k):
        INF = float("inf")
        dist = [INF] * (n + 1)
        dist[k] = 0
        for _ in range(n - 1):
            changed = False
            for u, v, w in times:
                if dist[u] + w < dist[v]:
                    dist[v] = dist[u] + w
                    changed = True
            if not changed:
                break
        worst = max(dist[1:])
        return -1 if worst == INF else worst
'''),
    dict(name="bellman-ford-full", correct=True, time="slow", memory="lean",
         note="O(V*E) time: the textbook n-1 relaxation rounds over every edge, with no early exit.",
         code='''\
class Solution:
    def networkDelay(self, times, n, k):
        INF = float("inf")
        dist = [INF] * (n + 1)
        dist[k] = 0
        for _ in range(n - 1):
            for u, v, w in times:
                if dist[u] != INF and dist[u] + w < dist[v]:
                    dist[v] = dist[u] + w
        worst = max(dist[1:])
        return worst if worst != INF else -1
'''),
    dict(name="settle-on-push", correct=False,
         note="Wrong: marks a node final when it is first pushed, not when it is popped, so a later shorter route is ignored.",
         code='''\
import heapq

class Solution:
    def networkDelay(self, times, n, k):
        adj = [[] for _ in range(n + 1)]
        for u, v, w in times:
            adj[u].append((v, w))
        dist = {k: 0}
        heap = [(0, k)]
        while heap:
            d, u = heapq.heappop(heap)
            for v, w in adj[u]:
                if v not in dist:
                    dist[v] = d + w
                    heapq.heappush(heap, (d + w, v))
        return max(dist.values()) if len(dist) == n else -1
'''),
]
