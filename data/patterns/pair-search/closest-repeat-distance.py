PROBLEM = dict(
    problem_id="closest-repeat-distance",
    title="Shortest Distance Between Equal Labels",
    io="call",
    entry_point="closestRepeat",
    difficulty="easy",
    tags=["array", "hash-table", "string"],
    pattern="pair-search",
    split="train",
    statement="""\
Return the smallest `j - i` over pairs of positions `i < j` with `labels[i] == labels[j]`, or `-1` when no
label repeats.

**Example.** `labels = ["red", "blue", "green", "blue", "red"]` gives `2` (the two blues).

**Constraints.** `0 <= len(labels) <= 3000`, labels are short lowercase strings.
""",
    starter_code="class Solution:\n    def closestRepeat(self, labels: List[str]) -> int:\n",
)

EDGE_INPUTS = [
    [["red", "blue", "green", "blue", "red"]],
    [[]],
    [["a"]],
    [["a", "a"]],
    [["a", "b", "c"]],
    [["x", "y", "x", "x"]],
]


def perf_inputs(rng):
    labels = [f"tag{i}" for i in range(1100)]
    rng.shuffle(labels)
    return [[labels], [labels[:700] + [labels[0]]]]


SOLUTIONS = [
    dict(name="last-seen-index", correct=True, time="fast", reference=True,
         note="Only the latest earlier copy can give the shortest distance, so a dict of last positions does one O(n) pass.",
         code='''\
class Solution:
    def closestRepeat(self, labels):
        last = {}
        best = -1
        for j, label in enumerate(labels):
            if label in last and (best == -1 or j - last[label] < best):
                best = j - last[label]
            last[label] = j
        return best
'''),
    dict(name="positions-lists", correct=True, time="fast",
         note="Group the positions of each label in a dict, then take the smallest gap between neighbours: O(n).",
         code='''\
from collections import defaultdict

class Solution:
    def closestRepeat(self, labels):
        where = defaultdict(list)
        for i, label in enumerate(labels):
            where[label].append(i)
        gaps = [b - a for pos in where.values() for a, b in zip(pos, pos[1:])]
        return min(gaps) if gaps else -1
'''),
    dict(name="all-pairs", correct=True, time="slow",
         note="Compares every pair of positions: O(n^2) where remembering each label's last position needs one pass.",
         code='''\
class Solution:
    def closestRepeat(self, labels):
        best = -1
        for i in range(len(labels)):
            for j in range(i + 1, len(labels)):
                if labels[i] == labels[j] and (best == -1 or j - i < best):
                    best = j - i
        return best
'''),
    dict(name="first-seen-index", correct=False,
         note="Wrong: keeps only each label's first position, so for x y x x it measures 3 - 0 instead of 3 - 2.",
         code='''\
class Solution:
    def closestRepeat(self, labels):
        first = {}
        best = -1
        for j, label in enumerate(labels):
            if label in first:
                if best == -1 or j - first[label] < best:
                    best = j - first[label]
            else:
                first[label] = j
        return best
'''),
]
