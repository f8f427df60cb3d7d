PROBLEM = dict(
    problem_id="shift-covering-moment",
    title="Which Shift Covers Each Moment",
    io="call",
    entry_point="coveringShift",
    difficulty="easy",
    tags=["array", "binary-search", "intervals"],
    pattern="sorted-search",
    split="test",
    statement="""\
Shift `k` runs from `starts[k]` to `ends[k]` inclusive; the shifts do not overlap and are sorted by start. For
each time in `moments`, return the index of the shift covering it, or `-1` if it falls in no shift.

**Example.** `starts = [0, 10, 20]`, `ends = [5, 12, 30]`, `moments = [3, 7, 12, 31]` gives `[0, -1, 1, -1]`.

**Constraints.** `0 <= len(starts) = len(ends) <= 3000`, `0 <= len(moments) <= 3000`, times `<= 10^9`.
""",
    starter_code="class Solution:\n    def coveringShift(self, starts: List[int], ends: List[int], moments: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[0, 10, 20], [5, 12, 30], [3, 7, 12, 31]],
    [[], [], [4]],
    [[5], [5], [4, 5, 6]],
    [[1, 4], [3, 9], [1, 3, 4, 9, 10, 0]],
    [[2], [8], []],
    [[0, 3], [2, 3], [3, 2]],
]


def perf_inputs(rng):
    starts, ends, t = [], [], 0
    for _ in range(2500):
        t += rng.randint(1, 50)
        starts.append(t)
        t += rng.randint(0, 50)
        ends.append(t)
    moments = [rng.randint(0, t + 100) for _ in range(650)]
    return [[starts, ends, moments]]


SOLUTIONS = [
    dict(name="bisect-start", correct=True, time="fast", reference=True,
         note="The starts are sorted, so bisect_right finds the last shift starting at or before the moment in "
              "O(log n); then check its end.",
         code='''\
from bisect import bisect_right

class Solution:
    def coveringShift(self, starts, ends, moments):
        result = []
        for t in moments:
            k = bisect_right(starts, t) - 1
            result.append(k if k >= 0 and t <= ends[k] else -1)
        return result
'''),
    dict(name="scan-shifts", correct=True, time="slow",
         note="Checking the shifts one by one for every moment ignores that they are sorted: O(n) per moment.",
         code='''\
class Solution:
    def coveringShift(self, starts, ends, moments):
        result = []
        for t in moments:
            found = -1
            for k in range(len(starts)):
                if starts[k] <= t <= ends[k]:
                    found = k
                    break
            result.append(found)
        return result
'''),
    dict(name="binary-search-loop", correct=True, time="fast",
         note="A hand-written binary search for the last start <= t, then one end check: O(log n) per moment.",
         code='''\
class Solution:
    def coveringShift(self, starts, ends, moments):
        result = []
        for t in moments:
            lo, hi = 0, len(starts)
            while lo < hi:
                mid = (lo + hi) // 2
                if starts[mid] <= t:
                    lo = mid + 1
                else:
                    hi = mid
            k = lo - 1
            result.append(k if k >= 0 and t <= ends[k] else -1)
        return result
'''),
    dict(name="open-ended", correct=False,
         note="Wrong: treats a shift's end as excluded, so a moment equal to an end time is not covered.",
         code='''\
from bisect import bisect_right

class Solution:
    def coveringShift(self, starts, ends, moments):
        result = []
        for t in moments:
            k = bisect_right(starts, t) - 1
            result.append(k if k >= 0 and t < ends[k] else -1)
        return result
'''),
]
