PROBLEM = dict(
    problem_id="path-from-root-to-node",
    title="Path From the Root",
    io="call",
    entry_point="rootPath",
    difficulty="easy",
    tags=["tree", "array"],
    pattern="pop-front",
    split="test",
    statement="""\
A rooted tree is given by `parent`: `parent[v]` is the parent of node `v`, and `parent[root] == -1`. Return the
nodes on the path from the root down to `node`, root first and `node` last.

**Example.** `parent = [-1, 0, 1, 0]`, `node = 2` gives `[0, 1, 2]`.

**Constraints.** `1 <= len(parent) <= 3 * 10^4`, `0 <= node < len(parent)`.
""",
    starter_code="class Solution:\n    def rootPath(self, parent: List[int], node: int) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[-1, 0, 1, 0], 2],
    [[-1], 0],
    [[-1, 0], 0],
    [[-1, 0], 1],
    [[1, -1, 1], 2],
    [[2, 0, -1], 1],
]


def perf_inputs(rng):
    n = 16000
    parent = [-1] + [i - 1 for i in range(1, n)]            # one long chain 0 - 1 - ... - n-1
    for v in range(n, n + 2000):
        parent.append(rng.randrange(v))                     # plus some side branches
    return [[parent, n - 1]]


SOLUTIONS = [
    dict(name="append-reverse", correct=True, time="fast", reference=True,
         note="Collect the path node-first with append, then reverse it once: O(depth).",
         code='''\
class Solution:
    def rootPath(self, parent, node):
        path = []
        while node != -1:
            path.append(node)
            node = parent[node]
        path.reverse()
        return path
'''),
    dict(name="insert-front", correct=True, time="slow",
         note="`path.insert(0, node)` shifts the whole path at every step up: O(depth^2).",
         code='''\
class Solution:
    def rootPath(self, parent, node):
        path = []
        while node != -1:
            path.insert(0, node)
            node = parent[node]
        return path
'''),
    dict(name="node-first", correct=False,
         note="Wrong: returns the path node-first, the reverse of what is asked.",
         code='''\
class Solution:
    def rootPath(self, parent, node):
        path = []
        while node != -1:
            path.append(node)
            node = parent[node]
        return path
'''),
    dict(name="deque-appendleft", correct=True, time="fast",
         note="deque.appendleft adds at the front in O(1): O(depth) in all.",
         code='''\
from collections import deque

class Solution:
    def rootPath(self, parent, node):
        path = deque()
        while node != -1:
            path.appendleft(node)
            node = parent[node]
        return list(path)
'''),
]
