PROBLEM = dict(
    problem_id="grid-shortest-path",
    title="Shortest Walk Through a Walled Grid",
    io="call",
    entry_point="shortestPath",
    difficulty="medium",
    tags=["graph", "grid", "bfs", "shortest-path"],
    split="test",
    statement="""\
You are given a rectangular map `grid` as a list of equally long strings. A `"."` is an open cell and a `"#"` is
a wall. You start on the top-left cell and want to reach the bottom-right cell. In one step you may move to an
open cell directly above, below, left or right of you; you may never stand on a wall or leave the map.

Return the smallest number of steps needed, or `-1` if the bottom-right cell cannot be reached (this includes
the case where the start or the goal is itself a wall). If the map has a single open cell the answer is `0`.

**Example.**

```
grid = ["..#",
        "#..",
        "#.."]
```

gives `4`: right, down, down, right (or right, down, right, down).

**Constraints.** `1 <= len(grid) <= 90`, `1 <= len(grid[0]) <= 90`, every row has the same length and contains
only `"."` and `"#"`.
""",
    starter_code="class Solution:\n    def shortestPath(self, grid: List[str]) -> int:\n",
)

EDGE_INPUTS = [
    [["..#", "#..", "#.."]],
    [["."]],
    [["#"]],
    [["..", ".#"]],
    [["#.", ".."]],
    [[".#.", ".#.", ".#."]],
    [["....", "###.", "....", ".###", "...."]],
    [[".....", ".###.", ".#...", ".#.#.", "...#."]],
]


def perf_inputs(rng):
    tests = []
    for walls in (0.25, 0.3):
        n = 90
        rows = [[("#" if rng.random() < walls else ".") for _ in range(n)] for _ in range(n)]
        rows[0][0] = rows[-1][-1] = "."
        tests.append(["".join(r) for r in rows])
    # a serpentine maze: long corridors joined at alternating ends
    n = 41
    maze = []
    for r in range(n):
        if r % 2 == 0:
            maze.append(["."] * n)
        else:
            row = ["#"] * n
            row[n - 1 if r % 4 == 1 else 0] = "."
            if rng.random() < 0.5:
                row[rng.randrange(1, n - 1)] = "."
            maze.append(row)
    tests.append(["".join(r) for r in maze])
    return [[t] for t in tests]


SOLUTIONS = [
    dict(name="bfs-layers", correct=True, time="fast", memory="lean", reference=True,
         note="O(R*C) time; BFS level by level on flat indices with a bytearray of seen flags.",
         code='''\
class Solution:
    def shortestPath(self, grid):
        rows, cols = len(grid), len(grid[0])
        if grid[0][0] == "#" or grid[-1][-1] == "#":
            return -1
        flat = "".join(grid)
        target = rows * cols - 1
        seen = bytearray(rows * cols)
        seen[0] = 1
        frontier = [0]
        steps = 0
        while frontier:
            nxt = []
            for k in frontier:
                if k == target:
                    return steps
                c = k % cols
                for j in (k - cols, k + cols, k - 1 if c else -1, k + 1 if c + 1 < cols else -1):
                    if 0 <= j <= target and not seen[j] and flat[j] == ".":
                        seen[j] = 1
                        nxt.append(j)
            frontier = nxt
            steps += 1
        return -1
'''),
    dict(name="bfs-dist-dict", correct=True, time="fast", memory="hungry",
         note="O(R*C) time; a deque of (row, col) tuples and a dict mapping every visited cell to its distance.",
         code='''\
from collections import deque

class Solution:
    def shortestPath(self, grid):
        rows, cols = len(grid), len(grid[0])
        if grid[0][0] != "." or grid[rows - 1][cols - 1] != ".":
            return -1
        dist = {(0, 0): 0}
        q = deque([(0, 0)])
        while q:
            r, c = q.popleft()
            d = dist[(r, c)]
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in dist:
                    dist[(nr, nc)] = d + 1
                    q.append((nr, nc))
        return dist.get((rows - 1, cols - 1), -1)
'''),
    dict(name="dijkstra-heap", correct=True, time="medium", memory="medium",
         note="O(R*C log(R*C)) time: Dijkstra with unit weights, a heap where a queue would do.",
         code='''\
import heapq

class Solution:
    def shortestPath(self, grid):
        rows, cols = len(grid), len(grid[0])
        if grid[0][0] == "#" or grid[-1][-1] == "#":
            return -1
        INF = float("inf")
        best = [[INF] * cols for _ in range(rows)]
        best[0][0] = 0
        heap = [(0, 0, 0)]
        while heap:
            d, r, c = heapq.heappop(heap)
            if d > best[r][c]:
                continue
            if r == rows - 1 and c == cols - 1:
                return d
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and d + 1 < best[nr][nc]:
                    best[nr][nc] = d + 1
                    heapq.heappush(heap, (d + 1, nr, nc))
        return -1
'''),
    dict(name="bidirectional-bfs", correct=True, time="fast", memory="medium",
         note="O(R*C) worst case; grows the smaller of two frontiers (from start and goal) until they meet.",
         code='''\
class Solution:
    def shortestPath(self, grid):
        rows, cols = len(grid), len(grid[0])
        start, goal = (0, 0), (rows - 1, cols - 1)
        if grid[0][0] == "#" or grid[rows - 1][cols - 1] == "#":
            return -1
        if start == goal:
            return 0
        front, back = {start}, {goal}
        seen_f, seen_b = {start}, {goal}
        steps = 0
        while front and back:
            if len(front) > len(back):
                front, back = back, front
                seen_f, seen_b = seen_b, seen_f
            steps += 1
            nxt = set()
            for r, c in front:
                for cell in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    y, x = cell
                    if 0 <= y < rows and 0 <= x < cols and grid[y][x] == ".":
                        if cell in back:
                            return steps
                        if cell not in seen_f:
                            seen_f.add(cell)
                            nxt.add(cell)
            front = nxt
        return -1
'''),
    dict(name="relax-until-stable", correct=True, time="slow", memory="medium",
         note="O(R*C * L) time: sweeps the whole grid, lowering each cell to 1 + its best neighbour, until nothing changes.",
         code='''\
class Solution:
    def shortestPath(self, grid):
        rows, cols = len(grid), len(grid[0])
        if grid[0][0] == "#" or grid[-1][-1] == "#":
            return -1
        INF = rows * cols + 1
        dist = [[INF] * cols for _ in range(rows)]
        dist[0][0] = 0
        changed = True
        while changed:
            changed = False
            snapshot = [row[:] for row in dist]
            for r in range(rows):
                for c in range(cols):
                    if grid[r][c] == "#" or (r == 0 and c == 0):
                        continue
                    m = INF
                    if r > 0:
                        m = min(m, snapshot[r - 1][c] + 1)
                    if r < rows - 1:
                        m = min(m, snapshot[r + 1][c] + 1)
                    if c > 0:
                        m = min(m, snapshot[r][c - 1] + 1)
                    if c < cols - 1:
                        m = min(m, snapshot[r][c + 1] + 1)
                    if m < dist[r][c]:
                        dist[r][c] = m
                        changed = True
        return dist[-1][-1] if dist[-1][-1] < INF else -1
'''),
    dict(name="bfs-visited-list", correct=True, time="slow", memory="hungry",
         note="O((R*C)^2) time: a textbook BFS, but visited cells are kept in a list, so each membership test is a scan.",
         code='''\
class Solution:
    def shortestPath(self, grid):
        rows, cols = len(grid), len(grid[0])
        if grid[0][0] == "#" or grid[rows - 1][cols - 1] == "#":
            return -1
        visited = [(0, 0)]
        queue = [(0, 0, 0)]
        head = 0
        while head < len(queue):
            r, c, d = queue[head]
            head += 1
            if r == rows - 1 and c == cols - 1:
                return d
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == ".":
                    if (nr, nc) not in visited:
                        visited.append((nr, nc))
                        queue.append((nr, nc, d + 1))
        return -1
'''),
    dict(name="dfs-first-path", correct=False,
         note="Wrong: a depth-first search returns the length of the first path it finds, which is not always the shortest.",
         code='''\
class Solution:
    def shortestPath(self, grid):
        rows, cols = len(grid), len(grid[0])
        if grid[0][0] == "#" or grid[rows - 1][cols - 1] == "#":
            return -1
        seen = {(0, 0)}
        stack = [(0, 0, 0)]
        while stack:
            r, c, d = stack.pop()
            if (r, c) == (rows - 1, cols - 1):
                return d
            for nr, nc in ((r - 1, c), (r, c - 1), (r + 1, c), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in seen:
                    seen.add((nr, nc))
                    stack.append((nr, nc, d + 1))
        return -1
'''),
]
