PROBLEM = dict(
    problem_id="apply-range-increments",
    title="Apply Range Increments",
    io="call",
    entry_point="applyUpdates",
    difficulty="easy",
    tags=["array", "prefix-sum", "difference-array"],
    pattern="prefix-sums",
    split="test",
    statement="""\
Start with `n` zeros. Each update `[l, r, v]` adds `v` to every position from `l` to `r` (both included).
Return the list after all updates.

**Example.** `n = 5`, `updates = [[1, 3, 2], [0, 1, -1]]` gives `[-1, 1, 2, 2, 0]`.

**Constraints.** `1 <= n <= 10^4`, `0 <= len(updates) <= 3000`, `0 <= l <= r < n`, `|v| <= 1000`.
""",
    starter_code="class Solution:\n    def applyUpdates(self, n: int, updates: List[List[int]]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [5, [[1, 3, 2], [0, 1, -1]]],
    [1, []],
    [1, [[0, 0, 7]]],
    [3, [[0, 2, 1], [0, 2, 1]]],
    [4, [[3, 3, 5], [0, 0, -5]]],
    [3, [[1, 2, 4]]],
]


def perf_inputs(rng):
    n = 4000
    updates = []
    for _ in range(800):
        l = rng.randrange(n // 2)
        updates.append([l, rng.randrange(l, n), rng.randint(-1000, 1000)])
    return [[n, updates]]


SOLUTIONS = [
    dict(name="difference-array", correct=True, time="fast", reference=True,
         note="Mark +v at l and -v after r, then one running sum rebuilds every value: O(n + updates).",
         code='''\
class Solution:
    def applyUpdates(self, n, updates):
        diff = [0] * (n + 1)
        for l, r, v in updates:
            diff[l] += v
            diff[r + 1] -= v
        out, run = [], 0
        for i in range(n):
            run += diff[i]
            out.append(run)
        return out
'''),
    dict(name="add-to-each", correct=True, time="slow",
         note="Each update walks its whole range: O(range length) per update, O(n * updates).",
         code='''\
class Solution:
    def applyUpdates(self, n, updates):
        arr = [0] * n
        for l, r, v in updates:
            for i in range(l, r + 1):
                arr[i] += v
        return arr
'''),
    dict(name="stops-before-r", correct=False,
         note="Wrong: the minus mark goes at r instead of r + 1, so position r misses the update.",
         code='''\
class Solution:
    def applyUpdates(self, n, updates):
        diff = [0] * (n + 1)
        for l, r, v in updates:
            diff[l] += v
            diff[r] -= v
        out, run = [], 0
        for i in range(n):
            run += diff[i]
            out.append(run)
        return out
'''),
    dict(name="accumulate-diff", correct=True, time="fast",
         note="The same difference marks, turned back into values by itertools.accumulate: O(n + updates).",
         code='''\
from itertools import accumulate

class Solution:
    def applyUpdates(self, n, updates):
        diff = [0] * (n + 1)
        for l, r, v in updates:
            diff[l] += v
            diff[r + 1] -= v
        return list(accumulate(diff[:n]))
'''),
]
