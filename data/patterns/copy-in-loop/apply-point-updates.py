PROBLEM = dict(
    problem_id="apply-point-updates",
    title="Apply a List of Point Updates",
    io="call",
    entry_point="applyUpdates",
    difficulty="easy",
    tags=["array", "simulation"],
    pattern="copy-in-loop",
    split="train",
    statement="""\
Start from the list `values`. Each update `[i, v]` sets position `i` to `v`; apply the updates in order and
return the final list (the input list itself may be changed).

**Example.** `values = [0, 0, 0]`, `updates = [[1, 5], [0, 2], [1, 7]]` gives `[2, 7, 0]`.

**Constraints.** `0 <= len(values), len(updates) <= 5000`; every `i` is a valid index.
""",
    starter_code="class Solution:\n    def applyUpdates(self, values: List[int], updates: List[List[int]]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[0, 0, 0], [[1, 5], [0, 2], [1, 7]]],
    [[], []],
    [[4], []],
    [[4], [[0, 9]]],
    [[1, 2], [[0, 3], [0, 4], [0, 5]]],
    [[5, 6, 7], [[2, 0], [2, 1]]],
]


def perf_inputs(rng):
    n = 4000
    values = [rng.randint(0, 10**6) for _ in range(n)]
    updates = [[rng.randrange(n), rng.randint(0, 10**6)] for _ in range(4000)]
    return [[values, updates]]


SOLUTIONS = [
    dict(name="in-place", correct=True, time="fast", reference=True,
         note="Assign each update in place: O(1) per update, no copies.",
         code='''\
class Solution:
    def applyUpdates(self, values, updates):
        for i, v in updates:
            values[i] = v
        return values
'''),
    dict(name="copy-per-update", correct=True, time="slow",
         note="Making a fresh copy of the whole list before every update costs O(n) each: O(n * updates).",
         code='''\
class Solution:
    def applyUpdates(self, values, updates):
        current = values
        for i, v in updates:
            nxt = list(current)
            nxt[i] = v
            current = nxt
        return current
'''),
    dict(name="copy-once", correct=True, time="fast",
         note="One copy up front keeps the input untouched; every update is then O(1).",
         code='''\
class Solution:
    def applyUpdates(self, values, updates):
        result = values[:]
        for i, v in updates:
            result[i] = v
        return result
'''),
    dict(name="first-update-wins", correct=False,
         note="Wrong: setdefault keeps the first update of a position, but later updates must overwrite it.",
         code='''\
class Solution:
    def applyUpdates(self, values, updates):
        final = {}
        for i, v in updates:
            final.setdefault(i, v)
        for i, v in final.items():
            values[i] = v
        return values
'''),
]
