PROBLEM = dict(
    problem_id="same-shape-rectangles",
    title="Rectangles With the Same Proportions",
    io="call",
    entry_point="sameShapePairs",
    difficulty="easy",
    tags=["array", "hash-table", "math"],
    pattern="pair-search",
    split="train",
    statement="""\
`rects[i] = [w, h]` is a rectangle's width and height. Two rectangles have the same shape when `w1 / h1 ==
w2 / h2`. Count the pairs `i < j` of rectangles with the same shape.

**Example.** `rects = [[4, 8], [3, 6], [10, 20], [15, 30], [2, 3]]` gives `6` (the first four all have ratio 1/2).

**Constraints.** `0 <= len(rects) <= 3000`, `1 <= w, h <= 10^5`.
""",
    starter_code="class Solution:\n    def sameShapePairs(self, rects: List[List[int]]) -> int:\n",
)

EDGE_INPUTS = [
    [[[4, 8], [3, 6], [10, 20], [15, 30], [2, 3]]],
    [[]],
    [[[1, 1]]],
    [[[2, 2], [5, 5]]],
    [[[2, 4], [4, 2]]],
    [[[6, 4], [3, 2], [9, 6], [1, 1]]],
]


def perf_inputs(rng):
    rects = []
    for _ in range(850):
        w, h, scale = rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 300)
        rects.append([w * scale, h * scale])
    return [[rects]]


SOLUTIONS = [
    dict(name="reduced-ratio-counts", correct=True, time="fast", reference=True,
         note="Reduce each [w, h] by their gcd so equal shapes get equal keys; a dict of key counts does one O(n) pass.",
         code='''\
from math import gcd

class Solution:
    def sameShapePairs(self, rects):
        seen = {}
        pairs = 0
        for w, h in rects:
            g = gcd(w, h)
            key = (w // g, h // g)
            pairs += seen.get(key, 0)
            seen[key] = seen.get(key, 0) + 1
        return pairs
'''),
    dict(name="counter-of-keys", correct=True, time="fast",
         note="Count the gcd-reduced (w, h) keys with a Counter; c rectangles of one shape make c * (c - 1) / 2 pairs.",
         code='''\
from collections import Counter
from math import gcd

class Solution:
    def sameShapePairs(self, rects):
        counts = Counter((w // gcd(w, h), h // gcd(w, h)) for w, h in rects)
        return sum(c * (c - 1) // 2 for c in counts.values())
'''),
    dict(name="all-pairs", correct=True, time="slow",
         note="Cross-multiplies every pair i < j to compare ratios: O(n^2) where a reduced-ratio key needs one pass.",
         code='''\
class Solution:
    def sameShapePairs(self, rects):
        pairs = 0
        for i in range(len(rects)):
            for j in range(i + 1, len(rects)):
                if rects[i][0] * rects[j][1] == rects[j][0] * rects[i][1]:
                    pairs += 1
        return pairs
'''),
    dict(name="turned-counts-same", correct=False,
         note="Wrong: keys on the sorted sides, so a tall [2, 4] and a wide [4, 2] are taken for the same shape.",
         code='''\
from math import gcd

class Solution:
    def sameShapePairs(self, rects):
        seen = {}
        pairs = 0
        for w, h in rects:
            g = gcd(w, h)
            key = tuple(sorted((w // g, h // g)))
            pairs += seen.get(key, 0)
            seen[key] = seen.get(key, 0) + 1
        return pairs
'''),
]
