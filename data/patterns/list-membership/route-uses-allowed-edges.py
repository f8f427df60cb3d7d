PROBLEM = dict(
    problem_id="route-uses-allowed-edges",
    title="Route Uses Only Allowed Edges",
    io="call",
    entry_point="validRoute",
    difficulty="easy",
    tags=["array", "graph", "hash-set"],
    pattern="list-membership",
    split="train",
    statement="""\
`edges` lists one-way roads `[u, v]` (from `u` to `v`). Return `True` if every step `route[i] -> route[i+1]` of
the list `route` is one of the roads, else `False`. A route of 0 or 1 stop is always valid.

**Example.** `edges = [[1, 2], [2, 3]]`: `route = [1, 2, 3]` gives `True`, `route = [3, 2]` gives `False`.

**Constraints.** `0 <= len(edges), len(route) <= 3000`, `0 <= u, v <= 10^4`.
""",
    starter_code="class Solution:\n    def validRoute(self, edges: List[List[int]], route: List[int]) -> bool:\n",
)

EDGE_INPUTS = [
    [[[1, 2], [2, 3]], [1, 2, 3]],
    [[[1, 2], [2, 3]], [3, 2]],
    [[], []],
    [[], [5]],
    [[[1, 1]], [1, 1, 1]],
    [[[1, 2]], [1, 2, 1]],
]


def perf_inputs(rng):
    route = [rng.randint(0, 10**4) for _ in range(2000)]
    edges = [[route[i], route[i + 1]] for i in range(len(route) - 1)]
    rng.shuffle(edges)
    return [[edges, route]]


SOLUTIONS = [
    dict(name="edge-set", correct=True, time="fast", reference=True,
         note="Store the roads as a set of tuples: each step is an O(1) average lookup, O(len(edges) + len(route)).",
         code='''\
class Solution:
    def validRoute(self, edges, route):
        roads = {(u, v) for u, v in edges}
        return all((route[i], route[i + 1]) in roads for i in range(len(route) - 1))
'''),
    dict(name="edge-list", correct=True, time="slow",
         note="`[a, b] in edges` scans the list of roads for every step: O(len(route) * len(edges)).",
         code='''\
class Solution:
    def validRoute(self, edges, route):
        for i in range(len(route) - 1):
            if [route[i], route[i + 1]] not in edges:
                return False
        return True
'''),
    dict(name="ignores-direction", correct=False,
         note="Wrong: treats the roads as two-way, so a step against a road's direction is accepted.",
         code='''\
class Solution:
    def validRoute(self, edges, route):
        roads = {(u, v) for u, v in edges} | {(v, u) for u, v in edges}
        return all((route[i], route[i + 1]) in roads for i in range(len(route) - 1))
'''),
    dict(name="adjacency-sets", correct=True, time="fast",
         note="A dict from each stop to the set of its next stops: O(1) average per step.",
         code='''\
class Solution:
    def validRoute(self, edges, route):
        nxt = {}
        for u, v in edges:
            nxt.setdefault(u, set()).add(v)
        for a, b in zip(route, route[1:]):
            if b not in nxt.get(a, ()):
                return False
        return True
'''),
]
