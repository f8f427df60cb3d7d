PROBLEM = dict(
    problem_id="rectangle-sum-queries",
    title="Rectangle Sums in a Grid",
    io="call",
    entry_point="rectSums",
    difficulty="easy",
    tags=["matrix", "prefix-sum"],
    pattern="prefix-sums",
    split="train",
    statement="""\
For each query `[r1, c1, r2, c2]`, return the sum of `grid[r][c]` over rows `r1..r2` and columns `c1..c2`
(all ends included).

**Example.** `grid = [[1, 2], [3, 4]]`, `queries = [[0, 0, 1, 1], [1, 0, 1, 1]]` gives `[10, 7]`.

**Constraints.** `1 <= rows, cols <= 150`, `0 <= len(queries) <= 3000`, `|grid[r][c]| <= 1000`.
""",
    starter_code="class Solution:\n    def rectSums(self, grid: List[List[int]], queries: List[List[int]]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[[1, 2], [3, 4]], [[0, 0, 1, 1], [1, 0, 1, 1]]],
    [[[5]], [[0, 0, 0, 0]]],
    [[[1, 2, 3]], [[0, 1, 0, 2]]],
    [[[1], [2], [3]], [[0, 0, 2, 0], [1, 0, 1, 0]]],
    [[[-1, 1], [1, -1]], [[0, 0, 1, 1]]],
    [[[1, 2], [3, 4]], []],
    [[[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[1, 1, 2, 2], [1, 0, 2, 1]]],
]


def perf_inputs(rng):
    rows = cols = 120
    grid = [[rng.randint(-1000, 1000) for _ in range(cols)] for _ in range(rows)]
    queries = []
    for _ in range(1200):
        r1, c1 = rng.randrange(rows // 2), rng.randrange(cols // 2)
        queries.append([r1, c1, rng.randrange(r1 + rows // 4, rows), rng.randrange(c1 + cols // 4, cols)])
    return [[grid, queries]]


SOLUTIONS = [
    dict(name="prefix-2d", correct=True, time="fast", reference=True,
         note="P[r][c] holds the sum above-left of (r, c); a rectangle is four lookups: O(rows * cols + q).",
         code='''\
class Solution:
    def rectSums(self, grid, queries):
        rows, cols = len(grid), len(grid[0])
        P = [[0] * (cols + 1) for _ in range(rows + 1)]
        for r in range(rows):
            run = 0
            for c in range(cols):
                run += grid[r][c]
                P[r + 1][c + 1] = P[r][c + 1] + run
        return [P[r2 + 1][c2 + 1] - P[r1][c2 + 1] - P[r2 + 1][c1] + P[r1][c1] for r1, c1, r2, c2 in queries]
'''),
    dict(name="add-every-cell", correct=True, time="slow",
         note="Every query adds its whole rectangle again, row slice by row slice: O(area) per query.",
         code='''\
class Solution:
    def rectSums(self, grid, queries):
        out = []
        for r1, c1, r2, c2 in queries:
            total = 0
            for r in range(r1, r2 + 1):
                total += sum(grid[r][c1:c2 + 1])
            out.append(total)
        return out
'''),
    dict(name="corner-sign-slip", correct=False,
         note="Wrong: subtracts the top-left corner instead of adding it back, so it is removed twice.",
         code='''\
class Solution:
    def rectSums(self, grid, queries):
        rows, cols = len(grid), len(grid[0])
        P = [[0] * (cols + 1) for _ in range(rows + 1)]
        for r in range(rows):
            for c in range(cols):
                P[r + 1][c + 1] = grid[r][c] + P[r][c + 1] + P[r + 1][c] - P[r][c]
        return [P[r2 + 1][c2 + 1] - P[r1][c2 + 1] - P[r2 + 1][c1] - P[r1][c1] for r1, c1, r2, c2 in queries]
'''),
    dict(name="inclusion-exclusion", correct=True, time="fast",
         note="Build P with P[r+1][c+1] = cell + above + left - above-left; then four lookups per query.",
         code='''\
class Solution:
    def rectSums(self, grid, queries):
        rows, cols = len(grid), len(grid[0])
        P = [[0] * (cols + 1) for _ in range(rows + 1)]
        for r in range(rows):
            for c in range(cols):
                P[r + 1][c + 1] = grid[r][c] + P[r][c + 1] + P[r + 1][c] - P[r][c]
        out = []
        for r1, c1, r2, c2 in queries:
            out.append(P[r2 + 1][c2 + 1] - P[r1][c2 + 1] - P[r2 + 1][c1] + P[r1][c1])
        return out
'''),
]
