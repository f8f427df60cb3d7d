PROBLEM = dict(
    problem_id="grid-paths-obstacles",
    title="Grid Paths Around Obstacles",
    io="call",
    entry_point="countPaths",
    difficulty="medium",
    tags=["matrix", "dynamic-programming"],
    split="train",
    statement="""\
A robot stands on the top-left cell of a rectangular grid and must reach the bottom-right cell. In one move it
goes one cell to the right or one cell down. `grid[r][c] == 1` marks a blocked cell that the robot may never
enter (this includes the start and the target cell); `0` marks a free cell. Return the number of different
routes modulo `10^9 + 7`.

**Example.** `grid = [[0, 0, 0], [0, 1, 0], [0, 0, 0]]` gives `2`: around the blocked middle cell either along
the top row and down the right column, or down the left column and along the bottom row.

**Constraints.** `1 <= rows, cols <= 400`, every `grid[r][c]` is `0` or `1`.
""",
    starter_code="class Solution:\n    def countPaths(self, grid: List[List[int]]) -> int:\n",
)

EDGE_INPUTS = [
    [[[0, 0, 0], [0, 1, 0], [0, 0, 0]]],
    [[[0]]],
    [[[1]]],
    [[[1, 0], [0, 0]]],
    [[[0, 0], [0, 1]]],
    [[[0, 0, 0, 0, 0]]],
    [[[0], [0], [1], [0]]],
    [[[0, 1, 0], [0, 1, 0], [0, 0, 0]]],
]


def perf_inputs(rng):
    tests = []
    for rows, cols, density in ((400, 400, 0.014), (380, 400, 0.016)):
        grid = [[1 if rng.random() < density else 0 for _ in range(cols)] for _ in range(rows)]
        moves = [0] * (rows - 1) + [1] * (cols - 1)
        rng.shuffle(moves)
        r = c = 0
        grid[0][0] = 0
        for step in moves:                   # carve one random monotone route so the answer is not 0
            r, c = r + 1 - step, c + step
            grid[r][c] = 0
        tests.append([grid])
    return tests


SOLUTIONS = [
    dict(name="rolling-row", correct=True, time="fast", memory="lean", reference=True,
         note="O(rows * cols) time, O(cols) memory: one row updated in place, left to right.",
         code='''\
class Solution:
    def countPaths(self, grid):
        MOD = 10**9 + 7
        cols = len(grid[0])
        row = [0] * cols
        row[0] = 1
        for line in grid:
            for c in range(cols):
                if line[c]:
                    row[c] = 0
                elif c:
                    row[c] = (row[c] + row[c - 1]) % MOD
        return row[-1]
'''),
    dict(name="segment-prefix-sums", correct=True, time="fast", memory="lean",
         note="O(rows * cols) mostly in C: inside each run of free cells a new row is a prefix sum of the old one.",
         code='''\
from itertools import accumulate

class Solution:
    def countPaths(self, grid):
        MOD = 10**9 + 7
        cols = len(grid[0])
        row = [1] + [0] * (cols - 1)
        for line in grid:
            new = [0] * cols
            c = 0
            while c < cols:
                if line[c]:
                    c += 1
                    continue
                end = c
                while end < cols and not line[end]:
                    end += 1
                new[c:end] = [x % MOD for x in accumulate(row[c:end])]
                c = end
            row = new
        return row[-1]
'''),
    dict(name="full-table", correct=True, time="medium", memory="hungry",
         note="O(rows * cols) time and memory: ways[r][c] for every cell.",
         code='''\
class Solution:
    def countPaths(self, grid):
        MOD = 10**9 + 7
        rows, cols = len(grid), len(grid[0])
        ways = [[0] * cols for _ in range(rows)]
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 1:
                    continue
                if r == 0 and c == 0:
                    ways[r][c] = 1
                    continue
                up = ways[r - 1][c] if r > 0 else 0
                left = ways[r][c - 1] if c > 0 else 0
                ways[r][c] = (up + left) % MOD
        return ways[-1][-1]
'''),
    dict(name="memo-recursion", correct=True, time="medium", memory="hungry",
         note="O(rows * cols) states via lru_cache recursion from the target back to the start.",
         code='''\
from functools import lru_cache

class Solution:
    def countPaths(self, grid):
        MOD = 10**9 + 7

        @lru_cache(maxsize=None)
        def paths(r, c):
            if r < 0 or c < 0 or grid[r][c] == 1:
                return 0
            if r == 0 and c == 0:
                return 1
            return (paths(r - 1, c) + paths(r, c - 1)) % MOD

        return paths(len(grid) - 1, len(grid[0]) - 1)
'''),
    dict(name="big-int-table", correct=True, time="medium", memory="hungry",
         note="O(rows * cols) big-integer additions in a padded table; the modulo is applied only at the end.",
         code='''\
class Solution:
    def countPaths(self, grid):
        rows, cols = len(grid), len(grid[0])
        table = [[0] * (cols + 1) for _ in range(rows + 1)]
        table[0][1] = 1                     # feeds the start cell from above
        for r in range(1, rows + 1):
            for c in range(1, cols + 1):
                if not grid[r - 1][c - 1]:
                    table[r][c] = table[r - 1][c] + table[r][c - 1]
        return table[rows][cols] % (10**9 + 7)
'''),
    dict(name="dict-frontier", correct=True, time="medium", memory="medium",
         note="O(rows * cols) dictionary operations: pushes counts forward one anti-diagonal at a time.",
         code='''\
from collections import defaultdict

class Solution:
    def countPaths(self, grid):
        MOD = 10**9 + 7
        rows, cols = len(grid), len(grid[0])
        if grid[0][0]:
            return 0
        frontier = {(0, 0): 1}
        for _ in range(rows + cols - 2):
            nxt = defaultdict(int)
            for (r, c), cnt in frontier.items():
                for nr, nc in ((r + 1, c), (r, c + 1)):
                    if nr < rows and nc < cols and not grid[nr][nc]:
                        nxt[(nr, nc)] = (nxt[(nr, nc)] + cnt) % MOD
            frontier = nxt
        return frontier.get((rows - 1, cols - 1), 0)
'''),
    dict(name="blocked-cell-inclusion-exclusion", correct=True, time="slow", memory="medium",
         note="O(k^2) for k blocked cells: binomial route counts minus the routes through an earlier first blocked cell.",
         code='''\
class Solution:
    def countPaths(self, grid):
        MOD = 10**9 + 7
        rows, cols = len(grid), len(grid[0])
        if grid[0][0] or grid[-1][-1]:
            return 0
        n = rows + cols
        fact = [1] * (n + 1)
        for i in range(1, n + 1):
            fact[i] = fact[i - 1] * i % MOD
        inv = [1] * (n + 1)
        inv[n] = pow(fact[n], MOD - 2, MOD)
        for i in range(n, 0, -1):
            inv[i - 1] = inv[i] * i % MOD

        def free_routes(down, right):           # routes in an empty grid
            return fact[down + right] * inv[down] % MOD * inv[right] % MOD

        # row-major order: every cell above-left of a point comes before it
        points = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c]]
        points.append((rows - 1, cols - 1))
        first_hit = []                          # routes reaching point i with no blocked cell before it
        for i, (r, c) in enumerate(points):
            total = free_routes(r, c)
            for j in range(i):
                pr, pc = points[j]
                if pr <= r and pc <= c:
                    total -= first_hit[j] * free_routes(r - pr, c - pc)
            first_hit.append(total % MOD)
        return first_hit[-1]
'''),
    dict(name="start-not-checked", correct=False,
         note="Wrong: seeds the start cell with one route without checking whether the start itself is blocked.",
         code='''\
class Solution:
    def countPaths(self, grid):
        MOD = 10**9 + 7
        rows, cols = len(grid), len(grid[0])
        dp = [0] * cols
        for r in range(rows):
            for c in range(cols):
                if r == 0 and c == 0:
                    dp[c] = 1
                elif grid[r][c]:
                    dp[c] = 0
                elif c > 0:
                    dp[c] = (dp[c] + dp[c - 1]) % MOD
        return dp[-1]
'''),
]
