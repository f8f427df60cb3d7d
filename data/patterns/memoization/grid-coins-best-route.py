PROBLEM = dict(
    problem_id="grid-coins-best-route",
    title="Collect the Most Coins Moving Right or Down",
    io="call",
    entry_point="maxCoins",
    difficulty="easy",
    tags=["dynamic-programming", "matrix", "recursion"],
    pattern="memoization",
    split="train",
    statement="""\
`grid[r][c]` coins lie on each cell. Walk from the top-left cell to the bottom-right cell, each move going one
cell right or one cell down, and collect the coins on every cell you visit. Return the most coins possible.

**Example.** `grid = [[1, 3, 1], [1, 5, 1], [4, 2, 1]]` gives `12` (1, 3, 5, 2, 1).

**Constraints.** `1 <= rows, cols <= 30`, `0 <= grid[r][c] <= 100`.
""",
    starter_code="class Solution:\n    def maxCoins(self, grid: List[List[int]]) -> int:\n",
)

EDGE_INPUTS = [
    [[[1, 3, 1], [1, 5, 1], [4, 2, 1]]],
    [[[7]]],
    [[[1, 2, 3]]],
    [[[1], [2], [3]]],
    [[[0, 0], [0, 0]]],
    [[[1, 1, 9], [9, 1, 1]]],
    [[[1, 2, 0], [1, 0, 0], [9, 9, 9]]],
]


def perf_inputs(rng):
    return [[[[rng.randint(0, 100) for _ in range(10)] for _ in range(10)]]]


SOLUTIONS = [
    dict(name="row-by-row-table", correct=True, time="fast", reference=True,
         note="Each cell's best total is its coins plus the better of the cell above and the cell to the left: O(rows * cols).",
         code='''\
class Solution:
    def maxCoins(self, grid):
        rows, cols = len(grid), len(grid[0])
        best = [[0] * cols for _ in range(rows)]
        for r in range(rows):
            for c in range(cols):
                before = max(best[r - 1][c] if r else 0, best[r][c - 1] if c else 0)
                best[r][c] = grid[r][c] + before
        return best[rows - 1][cols - 1]
'''),
    dict(name="memo-recursion", correct=True, time="fast",
         note="Cache the best total from each cell to the end, so each cell is solved once: O(rows * cols).",
         code='''\
from functools import lru_cache

class Solution:
    def maxCoins(self, grid):
        rows, cols = len(grid), len(grid[0])
        @lru_cache(maxsize=None)
        def best(r, c):
            if r == rows - 1 and c == cols - 1:
                return grid[r][c]
            options = []
            if r + 1 < rows:
                options.append(best(r + 1, c))
            if c + 1 < cols:
                options.append(best(r, c + 1))
            return grid[r][c] + max(options)
        return best(0, 0)
'''),
    dict(name="plain-recursion", correct=True, time="slow",
         note="Plain recursion follows every one of the C(rows+cols-2, rows-1) routes, re-solving shared cells.",
         code='''\
class Solution:
    def maxCoins(self, grid):
        rows, cols = len(grid), len(grid[0])
        def best(r, c):
            if r == rows - 1 and c == cols - 1:
                return grid[r][c]
            options = []
            if r + 1 < rows:
                options.append(best(r + 1, c))
            if c + 1 < cols:
                options.append(best(r, c + 1))
            return grid[r][c] + max(options)
        return best(0, 0)
'''),
    dict(name="greedy-step", correct=False,
         note="Wrong: always moves toward the richer neighbour, which can walk away from a rich cell further on.",
         code='''\
class Solution:
    def maxCoins(self, grid):
        rows, cols = len(grid), len(grid[0])
        r = c = 0
        total = grid[0][0]
        while (r, c) != (rows - 1, cols - 1):
            down = grid[r + 1][c] if r + 1 < rows else -1
            right = grid[r][c + 1] if c + 1 < cols else -1
            if down >= right:
                r += 1
            else:
                c += 1
            total += grid[r][c]
        return total
'''),
]
