PROBLEM = dict(
    problem_id="first-day-reaching-goal",
    title="First Day a Savings Goal Is Reached",
    io="call",
    entry_point="firstDays",
    difficulty="easy",
    tags=["array", "binary-search", "prefix-sum"],
    pattern="sorted-search",
    split="test",
    statement="""\
`totals[d]` is the money saved by the end of day `d`; it never decreases. For each amount in `goals`, return the
first day `d` with `totals[d] >= goal`, or `-1` if the goal is never reached.

**Example.** `totals = [5, 5, 12, 20]`, `goals = [5, 13, 21, 0]` gives `[0, 3, -1, 0]`.

**Constraints.** `0 <= len(totals), len(goals) <= 3000`, `0 <= totals[d], goal <= 10^9`.
""",
    starter_code="class Solution:\n    def firstDays(self, totals: List[int], goals: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[5, 5, 12, 20], [5, 13, 21, 0]],
    [[], [1]],
    [[7], [7, 8]],
    [[0, 0, 3], [0, 1, 3]],
    [[2, 4, 6], []],
    [[1, 2, 3], [4, 3, 2, 1]],
]


def perf_inputs(rng):
    totals, t = [], 0
    for _ in range(2500):
        t += rng.randint(0, 400)
        totals.append(t)
    goals = [rng.randint(0, t + 1000) for _ in range(1000)]
    return [[totals, goals]]


SOLUTIONS = [
    dict(name="bisect-first", correct=True, time="fast", reference=True,
         note="totals is sorted, so bisect_left jumps to the first day reaching the goal: O(log n) per goal.",
         code='''\
from bisect import bisect_left

class Solution:
    def firstDays(self, totals, goals):
        result = []
        for g in goals:
            d = bisect_left(totals, g)
            result.append(d if d < len(totals) else -1)
        return result
'''),
    dict(name="walk-days", correct=True, time="slow",
         note="Walking day by day from day 0 for every goal ignores the sorted totals: O(n) per goal.",
         code='''\
class Solution:
    def firstDays(self, totals, goals):
        result = []
        for g in goals:
            day = -1
            for d in range(len(totals)):
                if totals[d] >= g:
                    day = d
                    break
            result.append(day)
        return result
'''),
    dict(name="binary-search-loop", correct=True, time="fast",
         note="A hand-written lower-bound binary search over the days: O(log n) per goal.",
         code='''\
class Solution:
    def firstDays(self, totals, goals):
        result = []
        for g in goals:
            lo, hi = 0, len(totals)
            while lo < hi:
                mid = (lo + hi) // 2
                if totals[mid] >= g:
                    hi = mid
                else:
                    lo = mid + 1
            result.append(lo if lo < len(totals) else -1)
        return result
'''),
    dict(name="strictly-more", correct=False,
         note="Wrong: bisect_right finds the first day strictly above the goal, missing a day that hits it exactly.",
         code='''\
from bisect import bisect_right

class Solution:
    def firstDays(self, totals, goals):
        result = []
        for g in goals:
            d = bisect_right(totals, g)
            result.append(d if d < len(totals) else -1)
        return result
'''),
]
