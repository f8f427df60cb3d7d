PROBLEM = dict(
    problem_id="prefix-maxima-list",
    title="Highest Reading So Far",
    io="call",
    entry_point="highestSoFar",
    difficulty="easy",
    tags=["array", "prefix"],
    pattern="sort-in-loop",
    split="train",
    statement="""\
Return a list whose entry `i` is the largest of `readings[0..i]`.

**Example.** `readings = [3, 1, 4, 1, 5, 2]` gives `[3, 3, 4, 4, 5, 5]`.

**Constraints.** `0 <= len(readings) <= 10^4`, `-10^9 <= readings[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def highestSoFar(self, readings: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [[[3, 1, 4, 1, 5, 2]], [[]], [[7]], [[5, 4, 3]], [[-2, -1, -3]], [[2, 2, 2]]]


def perf_inputs(rng):
    return [[[rng.randint(-10**9, 10**9) for _ in range(2000)]]]


SOLUTIONS = [
    dict(name="running-max", correct=True, time="fast", reference=True,
         note="The largest so far only changes when a bigger reading arrives, so keep it in one variable: O(n).",
         code='''\
class Solution:
    def highestSoFar(self, readings):
        out = []
        best = None
        for r in readings:
            if best is None or r > best:
                best = r
            out.append(best)
        return out
'''),
    dict(name="accumulate-max", correct=True, time="fast",
         note="itertools.accumulate with max carries the running maximum along in one O(n) pass.",
         code='''\
from itertools import accumulate

class Solution:
    def highestSoFar(self, readings):
        return list(accumulate(readings, max))
'''),
    dict(name="max-of-prefix", correct=True, time="slow",
         note="Recomputes max over a fresh slice of the prefix at every step: O(n^2) where a running maximum is O(n).",
         code='''\
class Solution:
    def highestSoFar(self, readings):
        return [max(readings[:i + 1]) for i in range(len(readings))]
'''),
    dict(name="starts-at-zero", correct=False,
         note="Wrong: starts the running maximum at 0, so all-negative readings report 0.",
         code='''\
class Solution:
    def highestSoFar(self, readings):
        out, best = [], 0
        for r in readings:
            best = max(best, r)
            out.append(best)
        return out
'''),
]
