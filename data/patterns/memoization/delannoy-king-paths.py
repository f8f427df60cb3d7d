PROBLEM = dict(
    problem_id="delannoy-king-paths",
    title="Paths With Right, Up and Diagonal Steps",
    io="call",
    entry_point="countPaths",
    difficulty="easy",
    tags=["dynamic-programming", "combinatorics", "recursion"],
    pattern="memoization",
    split="test",
    statement="""\
On a grid, walk from `(0, 0)` to `(a, b)` using only the steps right `(+1, 0)`, up `(0, +1)` and diagonal
`(+1, +1)`. Return how many different walks there are.

**Example.** `a = 1`, `b = 1` gives `3`: right-up, up-right, diagonal.

**Constraints.** `0 <= a, b <= 15`.
""",
    starter_code="class Solution:\n    def countPaths(self, a: int, b: int) -> int:\n",
)

EDGE_INPUTS = [[1, 1], [0, 0], [0, 5], [4, 0], [2, 2], [3, 1]]


def perf_inputs(rng):
    return [[8, 8], [9, 7]]


SOLUTIONS = [
    dict(name="memo-recursion", correct=True, time="fast", reference=True,
         note="Walks to (a, b) split by their last step; caching each cell's count makes it O(a * b).",
         code='''\
from functools import lru_cache

class Solution:
    def countPaths(self, a, b):
        @lru_cache(maxsize=None)
        def walks(x, y):
            if x == 0 or y == 0:
                return 1
            return walks(x - 1, y) + walks(x, y - 1) + walks(x - 1, y - 1)
        return walks(a, b)
'''),
    dict(name="grid-table", correct=True, time="fast",
         note="Fill a table row by row, each cell the sum of its left, lower and lower-left neighbours: O(a * b).",
         code='''\
class Solution:
    def countPaths(self, a, b):
        t = [[1] * (b + 1) for _ in range(a + 1)]
        for x in range(1, a + 1):
            for y in range(1, b + 1):
                t[x][y] = t[x - 1][y] + t[x][y - 1] + t[x - 1][y - 1]
        return t[a][b]
'''),
    dict(name="plain-recursion", correct=True, time="slow",
         note="Plain recursion branches three ways at every cell and revisits cells, so its calls grow with the answer.",
         code='''\
class Solution:
    def countPaths(self, a, b):
        if a == 0 or b == 0:
            return 1
        return self.countPaths(a - 1, b) + self.countPaths(a, b - 1) + self.countPaths(a - 1, b - 1)
'''),
    dict(name="no-diagonal", correct=False,
         note="Wrong: forgets the diagonal step, so it counts only the right/up walks (a binomial coefficient).",
         code='''\
from math import comb

class Solution:
    def countPaths(self, a, b):
        return comb(a + b, a)
'''),
]
