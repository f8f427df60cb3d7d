PROBLEM = dict(
    problem_id="duplicate-row-exists",
    title="Does the Table Repeat a Row",
    io="call",
    entry_point="hasRepeatedRow",
    difficulty="easy",
    tags=["matrix", "hash-table"],
    pattern="pair-search",
    split="train",
    statement="""\
Return `True` when two different rows of the table `rows` are equal element by element, else `False`.

**Example.** `rows = [[1, 0, 2], [2, 0, 1], [1, 0, 2]]` gives `True` (rows 0 and 2).

**Constraints.** `0 <= len(rows) <= 2000`, every row has the same length, 1 to 8 integers in `[0, 9]`.
""",
    starter_code="class Solution:\n    def hasRepeatedRow(self, rows: List[List[int]]) -> bool:\n",
)

EDGE_INPUTS = [
    [[[1, 0, 2], [2, 0, 1], [1, 0, 2]]],
    [[]],
    [[[4]]],
    [[[4], [4]]],
    [[[1, 2], [2, 1]]],
    [[[0, 0], [0, 1], [1, 0], [0, 1]]],
]


def perf_inputs(rng):
    rows = rng.sample(range(10**6), 1100)
    table = [[int(ch) for ch in f"{r:06d}"] for r in rows]
    return [[table], [table[:700] + [table[350]]]]


SOLUTIONS = [
    dict(name="tuple-set", correct=True, time="fast", reference=True,
         note="Rows become tuples, which a set can hold; one pass finds a repeat in O(rows * width).",
         code='''\
class Solution:
    def hasRepeatedRow(self, rows):
        seen = set()
        for row in rows:
            key = tuple(row)
            if key in seen:
                return True
            seen.add(key)
        return False
'''),
    dict(name="distinct-count", correct=True, time="fast",
         note="Put every row's tuple into a set at once; a repeat makes the set smaller than the table.",
         code='''\
class Solution:
    def hasRepeatedRow(self, rows):
        return len({tuple(r) for r in rows}) < len(rows)
'''),
    dict(name="all-pairs", correct=True, time="slow",
         note="Compares every pair of rows: O(rows^2 * width) where a set of tuples needs one pass.",
         code='''\
class Solution:
    def hasRepeatedRow(self, rows):
        for i in range(len(rows)):
            for j in range(i + 1, len(rows)):
                if rows[i] == rows[j]:
                    return True
        return False
'''),
    dict(name="sum-as-key", correct=False,
         note="Wrong: uses each row's sum as its key, so rows with the same sum in a different order look equal.",
         code='''\
class Solution:
    def hasRepeatedRow(self, rows):
        sums = [sum(r) for r in rows]
        return len(set(sums)) < len(sums)
'''),
]
