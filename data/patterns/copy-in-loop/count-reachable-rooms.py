PROBLEM = dict(
    problem_id="count-reachable-rooms",
    title="Rooms Reachable From the Entrance",
    io="call",
    entry_point="reachable",
    difficulty="easy",
    tags=["graph", "bfs", "queue"],
    pattern="copy-in-loop",
    split="test",
    statement="""\
A building has rooms `0 .. n-1`; `doors[i]` lists the rooms you can walk to directly from room `i` (doors are
one-way). Starting in room 0, return how many rooms you can reach, room 0 included.

**Example.** `doors = [[1], [2], [], [0]]` gives `3` (room 3 cannot be entered).

**Constraints.** `1 <= n <= 10^4`, at most `4 * 10^4` doors in all.
""",
    starter_code="class Solution:\n    def reachable(self, doors: List[List[int]]) -> int:\n",
)

EDGE_INPUTS = [
    [[[1], [2], [], [0]]],
    [[[]]],
    [[[0]]],
    [[[], [0]]],
    [[[1, 2], [2], [0]]],
    [[[2], [], [1, 3], [3]]],
]


def perf_inputs(rng):
    n = 7000
    half = n // 2
    doors = [[] for _ in range(n)]
    doors[0] = list(range(1, half))                 # a hall opening on half the rooms: a long queue at once
    for i in range(1, n):
        doors[i].append(rng.randrange(half, n))
        doors[i].append(rng.randrange(n))
    return [[doors]]


SOLUTIONS = [
    dict(name="deque-bfs", correct=True, time="fast", reference=True,
         note="Breadth-first search with a deque: popleft is O(1), so every room and door is handled once.",
         code='''\
from collections import deque

class Solution:
    def reachable(self, doors):
        seen = {0}
        queue = deque([0])
        while queue:
            room = queue.popleft()
            for nxt in doors[room]:
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return len(seen)
'''),
    dict(name="slice-queue", correct=True, time="slow",
         note="queue = queue[1:] copies the whole waiting queue for every room taken from it: O(n * queue).",
         code='''\
class Solution:
    def reachable(self, doors):
        seen = [False] * len(doors)
        seen[0] = True
        queue = [0]
        while queue:
            room = queue[0]
            queue = queue[1:]
            for nxt in doors[room]:
                if not seen[nxt]:
                    seen[nxt] = True
                    queue.append(nxt)
        return sum(seen)
'''),
    dict(name="stack-dfs", correct=True, time="fast",
         note="Any order of visiting works for counting: a list used as a stack pops from the end in O(1).",
         code='''\
class Solution:
    def reachable(self, doors):
        seen = [False] * len(doors)
        seen[0] = True
        stack = [0]
        count = 1
        while stack:
            room = stack.pop()
            for nxt in doors[room]:
                if not seen[nxt]:
                    seen[nxt] = True
                    count += 1
                    stack.append(nxt)
        return count
'''),
    dict(name="both-ways", correct=False,
         note="Wrong: treats the one-way doors as two-way, so rooms that only lead in are counted.",
         code='''\
class Solution:
    def reachable(self, doors):
        links = [[] for _ in doors]
        for i, out in enumerate(doors):
            for j in out:
                links[i].append(j)
                links[j].append(i)
        seen = {0}
        stack = [0]
        while stack:
            for nxt in links[stack.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        return len(seen)
'''),
]
