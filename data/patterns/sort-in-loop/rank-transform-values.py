PROBLEM = dict(
    problem_id="rank-transform-values",
    title="Replace Each Value by Its Rank",
    io="call",
    entry_point="ranks",
    difficulty="easy",
    tags=["sorting", "hash-table", "array"],
    pattern="sort-in-loop",
    split="train",
    statement="""\
Replace every entry of `values` by its rank: 1 for the smallest distinct value, 2 for the next distinct value,
and so on (equal values share a rank).

**Example.** `values = [40, 10, 20, 10]` gives `[3, 1, 2, 1]`.

**Constraints.** `0 <= len(values) <= 5000`, `-10^9 <= values[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def ranks(self, values: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [[[40, 10, 20, 10]], [[]], [[7]], [[5, 5, 5]], [[-1, 0, 1]], [[3, 2, 1, 2]]]


def perf_inputs(rng):
    return [[[rng.randint(-10**9, 10**9) for _ in range(520)]]]


SOLUTIONS = [
    dict(name="sort-once-dict", correct=True, time="fast", reference=True,
         note="Sort the distinct values once and map each to its position in a dict: O(n log n), O(1) per entry.",
         code='''\
class Solution:
    def ranks(self, values):
        rank = {v: i + 1 for i, v in enumerate(sorted(set(values)))}
        return [rank[v] for v in values]
'''),
    dict(name="sort-once-bisect", correct=True, time="fast",
         note="Sort the distinct values once, then binary-search each entry's position: O(n log n).",
         code='''\
import bisect

class Solution:
    def ranks(self, values):
        order = sorted(set(values))
        return [bisect.bisect_left(order, v) + 1 for v in values]
'''),
    dict(name="sort-per-entry", correct=True, time="slow",
         note="Rebuilds and sorts the distinct values and searches them for every entry: O(n^2 log n) instead of one sort.",
         code='''\
class Solution:
    def ranks(self, values):
        out = []
        for v in values:
            order = sorted(set(values))
            out.append(order.index(v) + 1)
        return out
'''),
    dict(name="ranks-with-gaps", correct=False,
         note="Wrong: ranks by position among all entries (duplicates included), leaving gaps after equal values.",
         code='''\
class Solution:
    def ranks(self, values):
        order = sorted(values)
        first = {}
        for i, v in enumerate(order):
            first.setdefault(v, i + 1)
        return [first[v] for v in values]
'''),
]
