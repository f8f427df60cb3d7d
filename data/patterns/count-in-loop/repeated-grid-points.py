PROBLEM = dict(
    problem_id="repeated-grid-points",
    title="Grid Points Recorded More Than Once",
    io="call",
    entry_point="repeatedPoints",
    difficulty="easy",
    tags=["array", "geometry", "counting"],
    pattern="count-in-loop",
    split="test",
    statement="""\
`points` is a list of `[x, y]` grid points. Return how many distinct points occur two or more times.

**Example.** `points = [[1, 2], [0, 0], [1, 2], [1, 2], [2, 1]]` gives `1` (only `[1, 2]` repeats).

**Constraints.** `0 <= len(points) <= 2000`, `-1000 <= x, y <= 1000`.
""",
    starter_code="class Solution:\n    def repeatedPoints(self, points: List[List[int]]) -> int:\n",
)

EDGE_INPUTS = [
    [[[1, 2], [0, 0], [1, 2], [1, 2], [2, 1]]],
    [[]],
    [[[5, 5]]],
    [[[1, 2], [2, 1]]],
    [[[0, 0], [0, 0], [3, 3], [3, 3]]],
    [[[-1, 4], [-1, 4], [-1, 4]]],
]


def perf_inputs(rng):
    pts = [[rng.randint(-30, 30), rng.randint(-30, 30)] for _ in range(1200)]
    return [[pts]]


SOLUTIONS = [
    dict(name="counter-tuples", correct=True, time="fast", reference=True,
         note="Count the points once as tuples in a Counter, then count the entries with count >= 2: O(n).",
         code='''\
from collections import Counter

class Solution:
    def repeatedPoints(self, points):
        counts = Counter(tuple(p) for p in points)
        return sum(1 for c in counts.values() if c >= 2)
'''),
    dict(name="count-each-point", correct=True, time="slow",
         note="points.count(p) compares p with every point for each of the n points: O(n^2) list comparisons.",
         code='''\
class Solution:
    def repeatedPoints(self, points):
        repeated = set()
        for p in points:
            if points.count(p) > 1:
                repeated.add(tuple(p))
        return len(repeated)
'''),
    dict(name="seen-sets", correct=True, time="fast",
         note="One pass with a set of seen points and a set of repeated ones: O(n).",
         code='''\
class Solution:
    def repeatedPoints(self, points):
        seen, repeated = set(), set()
        for x, y in points:
            if (x, y) in seen:
                repeated.add((x, y))
            seen.add((x, y))
        return len(repeated)
'''),
    dict(name="count-extra-copies", correct=False,
         note="Wrong: counts every extra copy (n - distinct), so a point seen three times counts twice.",
         code='''\
class Solution:
    def repeatedPoints(self, points):
        return len(points) - len(set(tuple(p) for p in points))
'''),
]
