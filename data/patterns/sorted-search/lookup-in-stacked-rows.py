PROBLEM = dict(
    problem_id="lookup-in-stacked-rows",
    title="Lookups in a Matrix of Stacked Sorted Rows",
    io="call",
    entry_point="contains",
    difficulty="easy",
    tags=["array", "matrix", "binary-search"],
    pattern="sorted-search",
    split="test",
    statement="""\
Every row of `grid` is non-empty and sorted in increasing order, and each row's first entry is larger than the
previous row's last entry. For each value in `queries`, return whether it appears in `grid`.

**Example.** `grid = [[1, 4, 6], [9, 12], [20]]`, `queries = [12, 7, 20]` gives `[True, False, True]`.

**Constraints.** `0 <= len(grid) <= 100`, `1 <= len(row) <= 100`, `0 <= len(queries) <= 3000`, values `< 10^9`.
""",
    starter_code="class Solution:\n    def contains(self, grid: List[List[int]], queries: List[int]) -> List[bool]:\n",
)

EDGE_INPUTS = [
    [[[1, 4, 6], [9, 12], [20]], [12, 7, 20]],
    [[], [3]],
    [[[5]], [5, 4, 6]],
    [[[1, 2], [3, 4]], [2, 3, 0, 5]],
    [[[0, 10]], []],
    [[[1], [3], [5]], [1, 2, 3, 4, 5, 6]],
]


def perf_inputs(rng):
    values = sorted(rng.sample(range(10**9), 2500))
    grid = [values[i:i + 50] for i in range(0, 2500, 50)]
    queries = [rng.choice(values) if rng.random() < 0.5 else rng.randint(0, 10**9) for _ in range(1800)]
    return [[grid, queries]]


SOLUTIONS = [
    dict(name="bisect-row-then-cell", correct=True, time="fast", reference=True,
         note="The rows' first entries are sorted, so bisect picks the only row that can hold q, and a second "
              "bisect searches it: O(log rows + log cols) per query.",
         code='''\
from bisect import bisect_left, bisect_right

class Solution:
    def contains(self, grid, queries):
        firsts = [row[0] for row in grid]
        result = []
        for q in queries:
            r = bisect_right(firsts, q) - 1
            if r < 0:
                result.append(False)
                continue
            row = grid[r]
            c = bisect_left(row, q)
            result.append(c < len(row) and row[c] == q)
        return result
'''),
    dict(name="scan-every-cell", correct=True, time="slow",
         note="Checking every cell row by row for each query ignores both orders: O(rows * cols) per query.",
         code='''\
class Solution:
    def contains(self, grid, queries):
        result = []
        for q in queries:
            found = False
            for row in grid:
                for x in row:
                    if x == q:
                        found = True
                        break
                if found:
                    break
            result.append(found)
        return result
'''),
    dict(name="flatten-then-bisect", correct=True, time="fast",
         note="Concatenating the rows gives one sorted list (built once); bisect_left then answers each query in "
              "O(log n).",
         code='''\
from bisect import bisect_left

class Solution:
    def contains(self, grid, queries):
        flat = [x for row in grid for x in row]
        result = []
        for q in queries:
            i = bisect_left(flat, q)
            result.append(i < len(flat) and flat[i] == q)
        return result
'''),
    dict(name="row-by-bisect-left", correct=False,
         note="Wrong: picks the row by bisect_left on the first entries, which is one row too far unless q is a "
              "row's first entry.",
         code='''\
from bisect import bisect_left

class Solution:
    def contains(self, grid, queries):
        firsts = [row[0] for row in grid]
        result = []
        for q in queries:
            r = min(bisect_left(firsts, q), len(grid) - 1)
            if r < 0:
                result.append(False)
                continue
            row = grid[r]
            i = bisect_left(row, q)
            result.append(i < len(row) and row[i] == q)
        return result
'''),
]
