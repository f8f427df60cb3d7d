PROBLEM = dict(
    problem_id="mirror-points-count",
    title="Points Mirrored Across the Vertical Axis",
    io="call",
    entry_point="mirrorPairs",
    difficulty="easy",
    tags=["array", "hash-table", "geometry"],
    pattern="pair-search",
    split="train",
    statement="""\
`points[i] = [x, y]`. Count the pairs `i < j` where point `j` is the mirror image of point `i` across the line
`x = 0`, that is `x_j == -x_i` and `y_j == y_i` (two equal points on the line count as a pair).

**Example.** `points = [[1, 2], [-1, 2], [3, 0], [-1, 2], [0, 5]]` gives `2`.

**Constraints.** `0 <= len(points) <= 3000`, `-10^4 <= x, y <= 10^4`.
""",
    starter_code="class Solution:\n    def mirrorPairs(self, points: List[List[int]]) -> int:\n",
)

EDGE_INPUTS = [
    [[[1, 2], [-1, 2], [3, 0], [-1, 2], [0, 5]]],
    [[]],
    [[[0, 0]]],
    [[[0, 0], [0, 0]]],
    [[[2, 1], [-2, 2]]],
    [[[5, 5], [-5, 5], [5, 5]]],
]


def perf_inputs(rng):
    return [[[[rng.randint(-30, 30), rng.randint(0, 20)] for _ in range(1000)]]]


SOLUTIONS = [
    dict(name="count-earlier-points", correct=True, time="fast", reference=True,
         note="Keep a dict of earlier points; each point looks up how many mirror it: O(n).",
         code='''\
class Solution:
    def mirrorPairs(self, points):
        seen = {}
        pairs = 0
        for x, y in points:
            pairs += seen.get((-x, y), 0)
            seen[(x, y)] = seen.get((x, y), 0) + 1
        return pairs
'''),
    dict(name="counter-of-tuples", correct=True, time="fast",
         note="Count every point once, then pair each key with its mirror (on-axis keys with themselves).",
         code='''\
from collections import Counter

class Solution:
    def mirrorPairs(self, points):
        counts = Counter((x, y) for x, y in points)
        pairs = 0
        for (x, y), c in counts.items():
            if x > 0:
                pairs += c * counts.get((-x, y), 0)
            elif x == 0:
                pairs += c * (c - 1) // 2
        return pairs
'''),
    dict(name="all-pairs", correct=True, time="slow",
         note="Compares every pair of points i < j: O(n^2) where a dict keyed by point needs one pass.",
         code='''\
class Solution:
    def mirrorPairs(self, points):
        pairs = 0
        for i in range(len(points)):
            for j in range(i + 1, len(points)):
                if points[j][0] == -points[i][0] and points[j][1] == points[i][1]:
                    pairs += 1
        return pairs
'''),
    dict(name="axis-points-ignored", correct=False,
         note="Wrong: only pairs points with x > 0 and x < 0, missing equal points that lie on the axis.",
         code='''\
from collections import Counter

class Solution:
    def mirrorPairs(self, points):
        counts = Counter((x, y) for x, y in points)
        return sum(c * counts.get((-x, y), 0) for (x, y), c in counts.items() if x > 0)
'''),
]
