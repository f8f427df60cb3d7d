PROBLEM = dict(
    problem_id="equal-value-pair-count",
    title="Count Pairs of Equal Readings",
    io="call",
    entry_point="equalPairs",
    difficulty="easy",
    tags=["array", "hash-table", "counting"],
    pattern="pair-search",
    split="train",
    statement="""\
Count the pairs of positions `i < j` with `readings[i] == readings[j]`.

**Example.** `readings = [3, 1, 3, 3, 1]` gives `4` (three pairs of 3s and one pair of 1s).

**Constraints.** `0 <= len(readings) <= 3000`, `-10^9 <= readings[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def equalPairs(self, readings: List[int]) -> int:\n",
)

EDGE_INPUTS = [[[3, 1, 3, 3, 1]], [[]], [[7]], [[2, 2]], [[1, 2, 3]], [[-1, -1, -1, -1]]]


def perf_inputs(rng):
    return [[[rng.randint(-500, 500) for _ in range(1500)]]]


SOLUTIONS = [
    dict(name="running-counts", correct=True, time="fast", reference=True,
         note="Each reading pairs with every earlier equal one; a dict of counts so far makes it one O(n) pass.",
         code='''\
class Solution:
    def equalPairs(self, readings):
        seen = {}
        pairs = 0
        for r in readings:
            pairs += seen.get(r, 0)
            seen[r] = seen.get(r, 0) + 1
        return pairs
'''),
    dict(name="counter-formula", correct=True, time="fast",
         note="Count each value once with a Counter; c equal values make c * (c - 1) / 2 pairs.",
         code='''\
from collections import Counter

class Solution:
    def equalPairs(self, readings):
        return sum(c * (c - 1) // 2 for c in Counter(readings).values())
'''),
    dict(name="all-pairs", correct=True, time="slow",
         note="Compares every pair i < j: O(n^2) where one pass with counts does the same.",
         code='''\
class Solution:
    def equalPairs(self, readings):
        pairs = 0
        for i in range(len(readings)):
            for j in range(i + 1, len(readings)):
                if readings[i] == readings[j]:
                    pairs += 1
        return pairs
'''),
    dict(name="pairs-as-c-over-2", correct=False,
         note="Wrong: treats c equal values as c // 2 disjoint pairs, but every two of them form a pair.",
         code='''\
from collections import Counter

class Solution:
    def equalPairs(self, readings):
        return sum(c // 2 for c in Counter(readings).values())
'''),
]
