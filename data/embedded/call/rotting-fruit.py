PROBLEM = dict(
    problem_id="rotting-fruit",
    title="Spreading Rot in a Fruit Crate",
    io="call",
    entry_point="minutesToRot",
    difficulty="medium",
    tags=["graph", "grid", "bfs", "multi-source-bfs"],
    split="train",
    statement="""\
A crate is a grid `grid` of integers: `0` is an empty slot, `1` a fresh fruit and `2` a rotten fruit. Every
minute, each fresh fruit that is directly above, below, left or right of a rotten fruit becomes rotten itself
(all at the same time). Rot does not cross empty slots.

Return the number of minutes until no fresh fruit is left. Return `0` if there is no fresh fruit at the start,
and `-1` if some fresh fruit will never rot.

**Example.**

```
grid = [[2, 1, 1],
        [0, 1, 0],
        [1, 1, 2]]
```

gives `2`: after one minute `(0,1)` and `(2,1)` are rotten, after two minutes everything else is.

**Constraints.** `1 <= len(grid) <= 110`, `1 <= len(grid[0]) <= 110`, all rows have the same length, and every
value is `0`, `1` or `2`.
""",
    starter_code="class Solution:\n    def minutesToRot(self, grid: List[List[int]]) -> int:\n",
)

EDGE_INPUTS = [
    [[[2, 1, 1], [0, 1, 0], [1, 1, 2]]],
    [[[0]]],
    [[[1]]],
    [[[2]]],
    [[[2, 0, 1]]],
    [[[0, 2, 0], [2, 0, 2]]],
    [[[1, 1, 1, 1, 2]]],
    [[[2, 1, 1], [1, 1, 0], [0, 1, 1]]],
]


def perf_inputs(rng):
    tests = []
    for rows, cols, sources in ((110, 110, 1), (100, 110, 2)):
        grid = [[0 if rng.random() < 0.04 else 1 for _ in range(cols)] for _ in range(rows)]
        for _ in range(sources):  # rot starts near the left edge, so it needs many minutes to cross
            grid[rng.randrange(rows)][rng.randrange(3)] = 2
        for r in range(rows):  # no fresh fruit is walled in completely
            for c in range(cols):
                if grid[r][c] == 1 and all(not (0 <= r + dr < rows and 0 <= c + dc < cols) or
                                           grid[r + dr][c + dc] == 0
                                           for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))):
                    grid[r][c] = 0
        tests.append([grid])
    return tests


SOLUTIONS = [
    dict(name="multi-source-bfs-layers", correct=True, time="fast", memory="lean", reference=True,
         note="O(R*C) time: all rotten fruit start together; a bytearray marks rotten cells, one list per minute.",
         code='''\
class Solution:
    def minutesToRot(self, grid):
        rows, cols = len(grid), len(grid[0])
        rotten = bytearray(rows * cols)
        frontier = []
        fresh = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 2:
                    rotten[r * cols + c] = 1
                    frontier.append(r * cols + c)
                elif grid[r][c] == 1:
                    fresh += 1
        minutes = 0
        while frontier and fresh:
            nxt = []
            for k in frontier:
                r, c = divmod(k, cols)
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1 and not rotten[nr * cols + nc]:
                        rotten[nr * cols + nc] = 1
                        nxt.append(nr * cols + nc)
            fresh -= len(nxt)
            frontier = nxt
            minutes += 1
        return minutes if fresh == 0 else -1
'''),
    dict(name="bfs-time-dict", correct=True, time="medium", memory="hungry",
         note="O(R*C) time; a deque of (row, col, minute) and a dict from every reached cell to its minute.",
         code='''\
from collections import deque

class Solution:
    def minutesToRot(self, grid):
        rows, cols = len(grid), len(grid[0])
        when = {}
        q = deque()
        fresh = set()
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 2:
                    when[(r, c)] = 0
                    q.append((r, c, 0))
                elif grid[r][c] == 1:
                    fresh.add((r, c))
        while q:
            r, c, t = q.popleft()
            for cell in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if cell in fresh and cell not in when:
                    when[cell] = t + 1
                    q.append((cell[0], cell[1], t + 1))
        if any(cell not in when for cell in fresh):
            return -1
        return max(when.values(), default=0)
'''),
    dict(name="copy-and-spread", correct=True, time="fast", memory="medium",
         note="O(R*C) time: copies the grid, then rots neighbours in place minute by minute from a list of newly rotten cells.",
         code='''\
class Solution:
    def minutesToRot(self, grid):
        g = [row[:] for row in grid]
        rows, cols = len(g), len(g[0])
        current = [(r, c) for r in range(rows) for c in range(cols) if g[r][c] == 2]
        fresh = sum(row.count(1) for row in g)
        minutes = 0
        while fresh and current:
            new = []
            for r, c in current:
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and g[nr][nc] == 1:
                        g[nr][nc] = 2
                        fresh -= 1
                        new.append((nr, nc))
            if not new:
                break
            current = new
            minutes += 1
        return -1 if fresh else minutes
'''),
    dict(name="dijkstra-heap", correct=True, time="medium", memory="medium",
         note="O(R*C log(R*C)) time: earliest rot time per cell with a heap, although every step costs one minute.",
         code='''\
import heapq

class Solution:
    def minutesToRot(self, grid):
        rows, cols = len(grid), len(grid[0])
        INF = float("inf")
        t = [[INF] * cols for _ in range(rows)]
        heap = []
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 2:
                    t[r][c] = 0
                    heap.append((0, r, c))
        heapq.heapify(heap)
        while heap:
            d, r, c = heapq.heappop(heap)
            if d > t[r][c]:
                continue
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1 and d + 1 < t[nr][nc]:
                    t[nr][nc] = d + 1
                    heapq.heappush(heap, (d + 1, nr, nc))
        worst = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 1:
                    worst = max(worst, t[r][c])
        return -1 if worst == INF else worst
'''),
    dict(name="simulate-rescan", correct=True, time="slow", memory="medium",
         note="O(R*C * minutes) time: every minute rescans the whole grid and builds the next grid from scratch.",
         code='''\
class Solution:
    def minutesToRot(self, grid):
        rows, cols = len(grid), len(grid[0])
        state = [row[:] for row in grid]
        minutes = 0
        while True:
            nxt = [row[:] for row in state]
            changed = False
            for r in range(rows):
                for c in range(cols):
                    if state[r][c] != 1:
                        continue
                    if ((r > 0 and state[r - 1][c] == 2) or (r + 1 < rows and state[r + 1][c] == 2) or
                            (c > 0 and state[r][c - 1] == 2) or (c + 1 < cols and state[r][c + 1] == 2)):
                        nxt[r][c] = 2
                        changed = True
            if not changed:
                break
            state = nxt
            minutes += 1
        if any(1 in row for row in state):
            return -1
        return minutes
'''),
    dict(name="simulate-rescan-lean", correct=True, time="slow", memory="lean",
         note="O(R*C * minutes) time, one flat list and no copies: cells are tagged with the minute they rot in.",
         code='''\
class Solution:
    def minutesToRot(self, grid):
        rows, cols = len(grid), len(grid[0])
        cells = [v for row in grid for v in row]  # 0 empty, 1 fresh, 2 rotten; 3+m rotted in minute m
        minute = 0
        while True:
            spread = False
            for k in range(rows * cols):
                if cells[k] != 1:
                    continue
                r, c = divmod(k, cols)
                for j in (k - cols if r else -1, k + cols if r + 1 < rows else -1,
                          k - 1 if c else -1, k + 1 if c + 1 < cols else -1):
                    if j >= 0 and (cells[j] == 2 or cells[j] == minute + 2):
                        cells[k] = minute + 3
                        spread = True
                        break
            if not spread:
                break
            minute += 1
        return -1 if 1 in cells else minute
'''),
    dict(name="ignore-unreachable", correct=False,
         note="Wrong: returns the last minute of the BFS without checking for fruit that never rots.",
         code='''\
from collections import deque

class Solution:
    def minutesToRot(self, grid):
        rows, cols = len(grid), len(grid[0])
        seen = {(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 2}
        q = deque((r, c, 0) for r, c in seen)
        last = 0
        while q:
            r, c, t = q.popleft()
            last = max(last, t)
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1 and (nr, nc) not in seen:
                    seen.add((nr, nc))
                    q.append((nr, nc, t + 1))
        return last
'''),
]
