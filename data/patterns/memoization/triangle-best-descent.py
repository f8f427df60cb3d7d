PROBLEM = dict(
    problem_id="triangle-best-descent",
    title="Best Descent Through a Number Triangle",
    io="call",
    entry_point="bestDescent",
    difficulty="easy",
    tags=["dynamic-programming", "array", "recursion"],
    pattern="memoization",
    split="train",
    statement="""\
`rows[i]` holds `i + 1` numbers. Start at the top number and move down one row at a time, from position `j` to
position `j` or `j + 1` of the next row. Return the largest sum of the numbers visited (0 for no rows).

**Example.** `rows = [[3], [7, 4], [2, 4, 6], [8, 5, 9, 3]]` gives `23` (3 + 7 + 4 + 9).

**Constraints.** `0 <= len(rows) <= 60`, `0 <= rows[i][j] <= 99`.
""",
    starter_code="class Solution:\n    def bestDescent(self, rows: List[List[int]]) -> int:\n",
)

EDGE_INPUTS = [
    [[[3], [7, 4], [2, 4, 6], [8, 5, 9, 3]]],
    [[]],
    [[[5]]],
    [[[1], [2, 3]]],
    [[[1], [9, 1], [1, 1, 50]]],
    [[[0], [0, 0], [0, 0, 0]]],
]


def perf_inputs(rng):
    return [[[[rng.randint(0, 99) for _ in range(i + 1)] for i in range(18)]]]


SOLUTIONS = [
    dict(name="bottom-up-rows", correct=True, time="fast", reference=True,
         note="Fold the triangle from the bottom row up, each cell adding the better of its two children: O(cells).",
         code='''\
class Solution:
    def bestDescent(self, rows):
        if not rows:
            return 0
        best = list(rows[-1])
        for row in reversed(rows[:-1]):
            best = [x + max(best[j], best[j + 1]) for j, x in enumerate(row)]
        return best[0]
'''),
    dict(name="memo-recursion", correct=True, time="fast",
         note="Each cell's best descent is cached, so the two paths into a cell share its answer: O(cells).",
         code='''\
from functools import lru_cache

class Solution:
    def bestDescent(self, rows):
        @lru_cache(maxsize=None)
        def best(i, j):
            if i == len(rows) - 1:
                return rows[i][j]
            return rows[i][j] + max(best(i + 1, j), best(i + 1, j + 1))
        return best(0, 0) if rows else 0
'''),
    dict(name="plain-recursion", correct=True, time="slow",
         note="Plain recursion walks every one of the 2^(rows-1) paths, re-solving shared cells each time.",
         code='''\
class Solution:
    def bestDescent(self, rows):
        def best(i, j):
            if i == len(rows) - 1:
                return rows[i][j]
            return rows[i][j] + max(best(i + 1, j), best(i + 1, j + 1))
        return best(0, 0) if rows else 0
'''),
    dict(name="greedy-larger-child", correct=False,
         note="Wrong: always steps to the larger of the two numbers below, which can miss a big number further down.",
         code='''\
class Solution:
    def bestDescent(self, rows):
        if not rows:
            return 0
        j, total = 0, rows[0][0]
        for row in rows[1:]:
            if row[j + 1] > row[j]:
                j += 1
            total += row[j]
        return total
'''),
]
