PROBLEM = dict(
    problem_id="course-order-possible",
    title="Can Every Course Be Taken?",
    io="call",
    entry_point="canFinish",
    difficulty="medium",
    tags=["graph", "topological-sort", "cycle-detection"],
    split="train",
    statement="""\
A school offers `numCourses` courses numbered `0..numCourses-1`. Each pair `[a, b]` in `prerequisites` says that
course `b` has to be completed before course `a` can be started. You take one course at a time.

Return `True` if there is an order in which every course can be completed, and `False` otherwise (that is, when
the requirements go round in a circle somewhere).

**Example.** `numCourses = 4`, `prerequisites = [[1, 0], [2, 1], [3, 1], [3, 2]]` gives `True` (take 0, 1, 2, 3).
Adding the pair `[0, 3]` would make it `False`: 0 needs 3, which needs 1, which needs 0.

**Constraints.** `1 <= numCourses <= 2000`, `0 <= len(prerequisites) <= 8000`, `a != b`, and no pair appears twice.
""",
    starter_code="class Solution:\n    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:\n",
)

EDGE_INPUTS = [
    [4, [[1, 0], [2, 1], [3, 1], [3, 2]]],
    [4, [[1, 0], [2, 1], [3, 1], [3, 2], [0, 3]]],
    [1, []],
    [2, [[0, 1], [1, 0]]],
    [3, [[1, 0], [2, 0], [2, 1]]],
    [5, [[1, 0], [2, 1], [3, 4], [4, 3]]],
    [6, [[5, 4], [4, 3], [3, 2], [2, 1], [1, 0], [0, 5]]],
]


def perf_inputs(rng):
    n, m = 2000, 8000
    tests = []
    for make_cycle in (False, True):
        order = list(range(n))
        rng.shuffle(order)
        pos = {c: i for i, c in enumerate(order)}
        pairs = set()
        for i in range(1, n):  # a long chain keeps the dependency graph deep
            pairs.add((order[i], order[i - 1]))
        while len(pairs) < m:
            x, y = rng.sample(range(n), 2)
            if pos[x] < pos[y]:
                x, y = y, x
            pairs.add((x, y))  # x comes later in `order`, so y is a prerequisite of x
        pairs = [list(p) for p in pairs]
        if make_cycle:  # the very first course now needs one near the end
            pairs.append([order[0], order[n - 5]])
        rng.shuffle(pairs)
        tests.append([n, pairs])
    return tests


SOLUTIONS = [
    dict(name="kahn-indegree", correct=True, time="fast", memory="medium", reference=True,
         note="O(V + E) time: Kahn's algorithm, repeatedly takes a course with no unmet prerequisite.",
         code='''\
from collections import deque

class Solution:
    def canFinish(self, numCourses, prerequisites):
        unlocks = [[] for _ in range(numCourses)]
        need = [0] * numCourses
        for a, b in prerequisites:
            unlocks[b].append(a)
            need[a] += 1
        ready = deque(i for i in range(numCourses) if need[i] == 0)
        taken = 0
        while ready:
            c = ready.popleft()
            taken += 1
            for nxt in unlocks[c]:
                need[nxt] -= 1
                if need[nxt] == 0:
                    ready.append(nxt)
        return taken == numCourses
'''),
    dict(name="dfs-colours-iterative", correct=True, time="fast", memory="medium",
         note="O(V + E) time: white/grey/black depth-first search with an explicit stack of iterators.",
         code='''\
class Solution:
    def canFinish(self, numCourses, prerequisites):
        graph = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            graph[a].append(b)
        state = [0] * numCourses  # 0 new, 1 on the current path, 2 finished
        for s in range(numCourses):
            if state[s]:
                continue
            state[s] = 1
            stack = [(s, iter(graph[s]))]
            while stack:
                node, it = stack[-1]
                for nxt in it:
                    if state[nxt] == 1:
                        return False
                    if state[nxt] == 0:
                        state[nxt] = 1
                        stack.append((nxt, iter(graph[nxt])))
                        break
                else:
                    state[node] = 2
                    stack.pop()
        return True
'''),
    dict(name="dfs-recursive-sets", correct=True, time="fast", memory="hungry",
         note="O(V + E) time; recursion as deep as the longest chain, with a dict of sets and path/done sets.",
         code='''\
import sys
from collections import defaultdict

class Solution:
    def canFinish(self, numCourses, prerequisites):
        sys.setrecursionlimit(10000)
        needs = defaultdict(set)
        for a, b in prerequisites:
            needs[a].add(b)
        on_path, done = set(), set()

        def ok(course):
            if course in on_path:
                return False
            if course in done:
                return True
            on_path.add(course)
            for pre in needs[course]:
                if not ok(pre):
                    return False
            on_path.remove(course)
            done.add(course)
            return True

        return all(ok(c) for c in range(numCourses))
'''),
    dict(name="peel-over-edge-list", correct=True, time="slow", memory="lean",
         note="O(depth * E) time, O(V) memory: each round recounts prerequisites over the raw pair list and drops finished courses.",
         code='''\
class Solution:
    def canFinish(self, numCourses, prerequisites):
        done = bytearray(numCourses)
        left = numCourses
        while left:
            blocked = bytearray(numCourses)
            for a, b in prerequisites:
                if not done[b]:
                    blocked[a] = 1
            freed = 0
            for c in range(numCourses):
                if not done[c] and not blocked[c]:
                    done[c] = 1
                    freed += 1
            if freed == 0:
                return False
            left -= freed
        return True
'''),
    dict(name="one-course-per-scan", correct=True, time="slow", memory="medium",
         note="O(V * (V + E)) time: each round rescans all courses for the first one whose prerequisites are all done.",
         code='''\
class Solution:
    def canFinish(self, numCourses, prerequisites):
        pre = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            pre[a].append(b)
        done = [False] * numCourses
        for _ in range(numCourses):
            for c in range(numCourses):
                if not done[c] and all(done[p] for p in pre[c]):
                    done[c] = True
                    break
            else:
                return False
        return True
'''),
    dict(name="cycle-search-per-course", correct=True, time="slow", memory="medium",
         note="O(V * (V + E)) time: from every course, a fresh search checks whether it can lead back to itself.",
         code='''\
class Solution:
    def canFinish(self, numCourses, prerequisites):
        adj = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            adj[b].append(a)
        for start in range(numCourses):
            seen = [False] * numCourses
            stack = list(adj[start])
            while stack:
                u = stack.pop()
                if u == start:
                    return False
                if not seen[u]:
                    seen[u] = True
                    stack.extend(adj[u])
        return True
'''),
    dict(name="visited-without-path", correct=False,
         note="Wrong: one shared visited set stands in for the current path, so two routes to the same course look like a cycle.",
         code='''\
class Solution:
    def canFinish(self, numCourses, prerequisites):
        graph = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            graph[b].append(a)
        visited = set()
        for s in range(numCourses):
            if s in visited:
                continue
            stack = [s]
            while stack:
                u = stack.pop()
                if u in visited:
                    return False
                visited.add(u)
                stack.extend(graph[u])
        return True
'''),
]
