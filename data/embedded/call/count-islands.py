PROBLEM = dict(
    problem_id="count-islands",
    title="Count the Islands",
    io="call",
    entry_point="countIslands",
    difficulty="medium",
    tags=["graph", "grid", "bfs", "union-find"],
    split="train",
    statement="""\
A map is given as a list of equally long strings `grid`; each character is `"1"` (land) or `"0"` (water).
Two land cells belong to the same island when you can walk from one to the other through land cells, moving
only up, down, left or right (diagonal neighbours do **not** touch). Return the number of islands.

**Example.**

```
grid = ["11000",
        "10011",
        "00010",
        "01000"]
```

gives `3`: the three cells in the top-left corner, the three cells on the right, and the single cell at the bottom.

**Constraints.** `1 <= len(grid) <= 100`, `1 <= len(grid[0]) <= 100`, every row has the same length and
contains only `"0"` and `"1"`.
""",
    starter_code="class Solution:\n    def countIslands(self, grid: List[str]) -> int:\n",
)

EDGE_INPUTS = [
    [["11000", "10011", "00010", "01000"]],
    [["0"]],
    [["1"]],
    [["10101"]],
    [["1", "1", "0", "1"]],
    [["111", "101", "111"]],
    [["101", "010", "101"]],
    [["1101", "0101", "0111"]],
]


def perf_inputs(rng):
    tests = []
    for density in (0.45, 0.58):
        rows = cols = 100
        tests.append([["".join("1" if rng.random() < density else "0" for _ in range(cols))
                       for _ in range(rows)]])
    return tests


SOLUTIONS = [
    dict(name="bfs-bytearray", correct=True, time="fast", memory="lean", reference=True,
         note="O(R*C) time; a flat bytearray of seen flags and a deque per island.",
         code='''\
from collections import deque

class Solution:
    def countIslands(self, grid):
        rows, cols = len(grid), len(grid[0])
        seen = bytearray(rows * cols)
        islands = 0
        for r in range(rows):
            row = grid[r]
            for c in range(cols):
                if row[c] != "1" or seen[r * cols + c]:
                    continue
                islands += 1
                seen[r * cols + c] = 1
                queue = deque([(r, c)])
                while queue:
                    y, x = queue.popleft()
                    for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                        if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "1":
                            k = ny * cols + nx
                            if not seen[k]:
                                seen[k] = 1
                                queue.append((ny, nx))
        return islands
'''),
    dict(name="dfs-tuple-set", correct=True, time="fast", memory="hungry",
         note="O(R*C) time; collects every land cell as a tuple in a set, then pops islands off it with a stack.",
         code='''\
class Solution:
    def countIslands(self, grid):
        land = {(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "1"}
        visited = set()
        count = 0
        for cell in land:
            if cell in visited:
                continue
            count += 1
            stack = [cell]
            visited.add(cell)
            while stack:
                r, c = stack.pop()
                for nb in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if nb in land and nb not in visited:
                        visited.add(nb)
                        stack.append(nb)
        return count
'''),
    dict(name="union-find", correct=True, time="fast", memory="medium",
         note="O(R*C * alpha) time; a parent list over all cells, unions with right and lower neighbours.",
         code='''\
class Solution:
    def countIslands(self, grid):
        rows, cols = len(grid), len(grid[0])
        parent = list(range(rows * cols))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        count = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == "1":
                    count += 1
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != "1":
                    continue
                a = r * cols + c
                for nr, nc in ((r + 1, c), (r, c + 1)):
                    if nr < rows and nc < cols and grid[nr][nc] == "1":
                        ra, rb = find(a), find(nr * cols + nc)
                        if ra != rb:
                            parent[ra] = rb
                            count -= 1
        return count
'''),
    dict(name="recursive-sink", correct=True, time="fast", memory="medium",
         note="O(R*C) time; copies the grid into lists of characters and sinks each island recursively.",
         code='''\
import sys

class Solution:
    def countIslands(self, grid):
        sys.setrecursionlimit(100000)
        g = [list(row) for row in grid]
        rows, cols = len(g), len(g[0])

        def sink(r, c):
            if r < 0 or c < 0 or r >= rows or c >= cols or g[r][c] != "1":
                return
            g[r][c] = "0"
            sink(r + 1, c)
            sink(r - 1, c)
            sink(r, c + 1)
            sink(r, c - 1)

        total = 0
        for r in range(rows):
            for c in range(cols):
                if g[r][c] == "1":
                    total += 1
                    sink(r, c)
        return total
'''),
    dict(name="quick-find-relabel", correct=True, time="slow", memory="lean",
         note="O(R*C * merges) time: every merge of two islands relabels the whole label list.",
         code='''\
class Solution:
    def countIslands(self, grid):
        rows, cols = len(grid), len(grid[0])
        label = [-1] * (rows * cols)
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == "1":
                    label[r * cols + c] = r * cols + c
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != "1":
                    continue
                here = r * cols + c
                if r + 1 < rows and grid[r + 1][c] == "1":
                    old, new = label[here + cols], label[here]
                    if old != new:
                        label = [new if x == old else x for x in label]
                if c + 1 < cols and grid[r][c + 1] == "1":
                    old, new = label[here + 1], label[here]
                    if old != new:
                        label = [new if x == old else x for x in label]
        return len(set(label) - {-1})
'''),
    dict(name="label-sweeps", correct=True, time="slow", memory="medium",
         note="O(R*C * sweeps) time: every land cell takes the smallest label among its neighbours until nothing changes.",
         code='''\
class Solution:
    def countIslands(self, grid):
        rows, cols = len(grid), len(grid[0])
        lab = [[r * cols + c if grid[r][c] == "1" else -1 for c in range(cols)] for r in range(rows)]
        changed = True
        while changed:
            changed = False
            new = [row[:] for row in lab]
            for r in range(rows):
                for c in range(cols):
                    if lab[r][c] < 0:
                        continue
                    best = lab[r][c]
                    if r > 0 and 0 <= lab[r - 1][c] < best:
                        best = lab[r - 1][c]
                    if r + 1 < rows and 0 <= lab[r + 1][c] < best:
                        best = lab[r + 1][c]
                    if c > 0 and 0 <= lab[r][c - 1] < best:
                        best = lab[r][c - 1]
                    if c + 1 < cols and 0 <= lab[r][c + 1] < best:
                        best = lab[r][c + 1]
                    if best != lab[r][c]:
                        new[r][c] = best
                        changed = True
            lab = new
        return sum(1 for r in range(rows) for c in range(cols) if lab[r][c] == r * cols + c)
'''),
    dict(name="top-left-corners", correct=False,
         note="Wrong: counts land cells whose upper and left neighbours are water, so U-shaped islands count twice.",
         code='''\
class Solution:
    def countIslands(self, grid):
        count = 0
        for r, row in enumerate(grid):
            for c, ch in enumerate(row):
                if ch != "1":
                    continue
                up = r > 0 and grid[r - 1][c] == "1"
                left = c > 0 and row[c - 1] == "1"
                if not up and not left:
                    count += 1
        return count
'''),
]
