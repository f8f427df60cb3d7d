PROBLEM = dict(
    problem_id="player-level-from-xp",
    title="Player Level From Experience Points",
    io="call",
    entry_point="levels",
    difficulty="easy",
    tags=["array", "binary-search"],
    pattern="sorted-search",
    split="test",
    statement="""\
`thresholds` (sorted, non-decreasing) holds the experience needed for each level: a player's level is the number
of thresholds less than or equal to their experience. Return the level of every player in `xp`.

**Example.** `thresholds = [100, 250, 250, 600]`, `xp = [99, 250, 1000]` gives `[0, 3, 4]`.

**Constraints.** `0 <= len(thresholds), len(xp) <= 3000`, `0 <= numbers <= 10^9`.
""",
    starter_code="class Solution:\n    def levels(self, thresholds: List[int], xp: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[100, 250, 250, 600], [99, 250, 1000]],
    [[], [5]],
    [[0], [0]],
    [[10, 20], [10, 19, 20, 21]],
    [[5, 5, 5], [4, 5]],
    [[1, 2], []],
]


def perf_inputs(rng):
    thresholds = sorted(rng.randint(0, 10**9) for _ in range(2500))
    xp = [rng.randint(0, 10**9) for _ in range(650)]
    return [[thresholds, xp]]


SOLUTIONS = [
    dict(name="bisect-right", correct=True, time="fast", reference=True,
         note="The thresholds are sorted, so bisect_right counts those <= xp in O(log n) per player.",
         code='''\
from bisect import bisect_right

class Solution:
    def levels(self, thresholds, xp):
        return [bisect_right(thresholds, x) for x in xp]
'''),
    dict(name="climb-levels", correct=True, time="slow",
         note="Climbing the thresholds one by one for every player ignores their order: O(n) per player.",
         code='''\
class Solution:
    def levels(self, thresholds, xp):
        result = []
        for x in xp:
            level = 0
            while level < len(thresholds) and thresholds[level] <= x:
                level += 1
            result.append(level)
        return result
'''),
    dict(name="upper-bound-loop", correct=True, time="fast",
         note="A hand-written upper-bound binary search: O(log n) per player.",
         code='''\
class Solution:
    def levels(self, thresholds, xp):
        result = []
        for x in xp:
            lo, hi = 0, len(thresholds)
            while lo < hi:
                mid = (lo + hi) // 2
                if thresholds[mid] <= x:
                    lo = mid + 1
                else:
                    hi = mid
            result.append(lo)
        return result
'''),
    dict(name="strict-thresholds", correct=False,
         note="Wrong: bisect_left counts only thresholds strictly below xp, so reaching a threshold exactly does not count.",
         code='''\
from bisect import bisect_left

class Solution:
    def levels(self, thresholds, xp):
        return [bisect_left(thresholds, x) for x in xp]
'''),
]
