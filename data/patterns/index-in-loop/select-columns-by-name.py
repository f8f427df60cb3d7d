PROBLEM = dict(
    problem_id="select-columns-by-name",
    title="Select Table Columns by Name",
    io="call",
    entry_point="select",
    difficulty="easy",
    tags=["array", "hash-table", "matrix"],
    pattern="index-in-loop",
    split="test",
    statement="""\
A table has the column names `header` (distinct) and the data `rows` (each as long as `header`). Return a new
table holding, for every row, only the columns named in `wanted`, in the order `wanted` lists them.

**Example.** `header = ["id", "age", "city"]`, `rows = [[1, 30, 7], [2, 41, 9]]`, `wanted = ["city", "id"]` gives
`[[7, 1], [9, 2]]`.

**Constraints.** `1 <= len(header) <= 500`, `0 <= len(rows) <= 500`, `0 <= len(wanted) <= 1000` (names may repeat).
""",
    starter_code="class Solution:\n    def select(self, header: List[str], rows: List[List[int]], wanted: List[str]) -> List[List[int]]:\n",
)

EDGE_INPUTS = [
    [["id", "age", "city"], [[1, 30, 7], [2, 41, 9]], ["city", "id"]],
    [["a"], [], ["a"]],
    [["a", "b"], [[1, 2]], []],
    [["a", "b"], [[1, 2], [3, 4]], ["b", "b"]],
    [["x"], [[5]], ["x"]],
    [["p", "q", "r"], [[1, 2, 3]], ["r", "q", "p"]],
]


def perf_inputs(rng):
    header = list({"".join(rng.choice("abcdefgh") for _ in range(5)) for _ in range(400)})
    rows = [[rng.randint(0, 99) for _ in header] for _ in range(10)]
    wanted = [rng.choice(header) for _ in range(1000)]
    return [[header, rows, wanted]]


SOLUTIONS = [
    dict(name="indices-once", correct=True, time="fast", reference=True,
         note="Turn the wanted names into column indices once, with a dict of positions; each row is then a "
              "plain gather: O(header + rows * wanted).",
         code='''\
class Solution:
    def select(self, header, rows, wanted):
        col = {name: i for i, name in enumerate(header)}
        idx = [col[name] for name in wanted]
        return [[row[i] for i in idx] for row in rows]
'''),
    dict(name="index-per-cell", correct=True, time="slow",
         note="header.index(name) searches the header again for every cell of the result: "
              "O(rows * wanted * header).",
         code='''\
class Solution:
    def select(self, header, rows, wanted):
        out = []
        for row in rows:
            new_row = []
            for name in wanted:
                new_row.append(row[header.index(name)])
            out.append(new_row)
        return out
'''),
    dict(name="itemgetter-columns", correct=True, time="fast",
         note="The positions, found once per wanted name through a dict, feed one gather per row.",
         code='''\
class Solution:
    def select(self, header, rows, wanted):
        col = {}
        for i, name in enumerate(header):
            col[name] = i
        idx = [col[w] for w in wanted]
        out = []
        for row in rows:
            out.append([row[i] for i in idx])
        return out
'''),
    dict(name="header-order", correct=False,
         note="Wrong: keeps the wanted columns in the header's order, not in the order wanted lists them.",
         code='''\
class Solution:
    def select(self, header, rows, wanted):
        keep = set(wanted)
        idx = [i for i, name in enumerate(header) if name in keep]
        return [[row[i] for i in idx] for row in rows]
'''),
]
