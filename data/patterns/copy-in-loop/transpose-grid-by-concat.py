PROBLEM = dict(
    problem_id="transpose-grid-by-concat",
    title="Transpose a Grid",
    io="call",
    entry_point="transpose",
    difficulty="easy",
    tags=["array", "matrix"],
    pattern="copy-in-loop",
    split="train",
    statement="""\
`grid` has `r` rows of `c` numbers each (`r >= 1`). Return its transpose: `c` rows of `r` numbers, where row `j`
holds column `j` of `grid`.

**Example.** `grid = [[1, 2, 3], [4, 5, 6]]` gives `[[1, 4], [2, 5], [3, 6]]`.

**Constraints.** `1 <= r <= 3000`, `0 <= c <= 200`.
""",
    starter_code="class Solution:\n    def transpose(self, grid: List[List[int]]) -> List[List[int]]:\n",
)

EDGE_INPUTS = [
    [[[1, 2, 3], [4, 5, 6]]],
    [[[7]]],
    [[[]]],
    [[[1], [2], [3]]],
    [[[1, 2, 3]]],
    [[[1, 2], [3, 4]]],
]


def perf_inputs(rng):
    grid = [[rng.randint(-10**9, 10**9) for _ in range(5)] for _ in range(2500)]
    return [[grid]]


SOLUTIONS = [
    dict(name="zip-star", correct=True, time="fast", reference=True,
         note="zip(*grid) walks every cell once in C: O(r * c).",
         code='''\
class Solution:
    def transpose(self, grid):
        return [list(col) for col in zip(*grid)]
'''),
    dict(name="concat-per-cell", correct=True, time="slow",
         note="column = column + [row[j]] copies the column built so far for every cell: O(c * r^2).",
         code='''\
class Solution:
    def transpose(self, grid):
        out = []
        for j in range(len(grid[0])):
            column = []
            for row in grid:
                column = column + [row[j]]
            out.append(column)
        return out
'''),
    dict(name="append-per-cell", correct=True, time="fast",
         note="Appending each cell to its column in place is O(1) amortised: O(r * c).",
         code='''\
class Solution:
    def transpose(self, grid):
        out = [[] for _ in grid[0]]
        for row in grid:
            for j, x in enumerate(row):
                out[j].append(x)
        return out
'''),
    dict(name="rows-of-first", correct=False,
         note="Wrong: sizes the result by the number of rows instead of columns, which only works for square grids.",
         code='''\
class Solution:
    def transpose(self, grid):
        n = len(grid)
        return [[grid[i][j] for i in range(n)] for j in range(min(n, len(grid[0])))]
'''),
]
