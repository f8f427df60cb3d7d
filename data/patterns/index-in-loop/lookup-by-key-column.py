PROBLEM = dict(
    problem_id="lookup-by-key-column",
    title="Look Up Values by a Key Column",
    io="call",
    entry_point="lookup",
    difficulty="easy",
    tags=["array", "hash-table"],
    pattern="index-in-loop",
    split="train",
    statement="""\
A table has two columns, `keys` and `values`, of equal length; a key may repeat. For each key in `queries` (each
one present in `keys`), return the value on the first row whose key matches.

**Example.** `keys = [4, 9, 4]`, `values = [10, 20, 30]`, `queries = [4, 9]` gives `[10, 20]`.

**Constraints.** `0 <= len(keys), len(queries) <= 3000`, `0 <= numbers <= 10^9`.
""",
    starter_code="class Solution:\n    def lookup(self, keys: List[int], values: List[int], queries: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[4, 9, 4], [10, 20, 30], [4, 9]],
    [[], [], []],
    [[1], [5], [1, 1]],
    [[2, 2, 2], [7, 8, 9], [2]],
    [[3, 1, 3, 1], [1, 2, 3, 4], [1, 3]],
    [[5, 6], [0, 0], []],
]


def perf_inputs(rng):
    keys = [rng.randint(0, 10**9) for _ in range(2900)]
    keys[-100:] = keys[:100]                                 # a few repeated keys
    values = [rng.randint(0, 10**9) for _ in range(2900)]
    queries = [rng.choice(keys) for _ in range(2500)]
    return [[keys, values, queries]]


SOLUTIONS = [
    dict(name="first-row-dict", correct=True, time="fast", reference=True,
         note="One pass records the first row of every key in a dict (setdefault keeps the first); each query is "
              "then O(1).",
         code='''\
class Solution:
    def lookup(self, keys, values, queries):
        first = {}
        for k, v in zip(keys, values):
            first.setdefault(k, v)
        return [first[q] for q in queries]
'''),
    dict(name="index-per-query", correct=True, time="slow",
         note="keys.index(q) scans the key column from the top for every query: O(n * q).",
         code='''\
class Solution:
    def lookup(self, keys, values, queries):
        result = []
        for q in queries:
            result.append(values[keys.index(q)])
        return result
'''),
    dict(name="reverse-fill", correct=True, time="fast",
         note="Filling a dict from the bottom row up leaves every key at its first row: O(n + q).",
         code='''\
class Solution:
    def lookup(self, keys, values, queries):
        row = {}
        for i in range(len(keys) - 1, -1, -1):
            row[keys[i]] = values[i]
        return [row[q] for q in queries]
'''),
    dict(name="zip-dict-last-wins", correct=False,
         note="Wrong: dict(zip(keys, values)) keeps the last row of a repeated key, not the first.",
         code='''\
class Solution:
    def lookup(self, keys, values, queries):
        table = dict(zip(keys, values))
        return [table[q] for q in queries]
'''),
]
