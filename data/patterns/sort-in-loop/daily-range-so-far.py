PROBLEM = dict(
    problem_id="daily-range-so-far",
    title="Temperature Spread So Far",
    io="call",
    entry_point="spreads",
    difficulty="easy",
    tags=["array", "prefix"],
    pattern="sort-in-loop",
    split="train",
    statement="""\
After each day's temperature in `temps` is recorded, report the difference between the highest and the lowest
temperature recorded so far.

**Example.** `temps = [12, 9, 15, 11]` gives `[0, 3, 6, 6]`.

**Constraints.** `0 <= len(temps) <= 10^4`, `-100 <= temps[i] <= 100`.
""",
    starter_code="class Solution:\n    def spreads(self, temps: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [[[12, 9, 15, 11]], [[]], [[5]], [[-3, -7]], [[4, 4, 4]], [[0, -100, 100]]]


def perf_inputs(rng):
    return [[[rng.randint(-100, 100) for _ in range(1000)]]]


SOLUTIONS = [
    dict(name="running-min-max", correct=True, time="fast", reference=True,
         note="The highest and lowest so far change only when a day beats them, so two variables suffice: O(n).",
         code='''\
class Solution:
    def spreads(self, temps):
        out = []
        for i, t in enumerate(temps):
            if i == 0:
                low = high = t
            low, high = min(low, t), max(high, t)
            out.append(high - low)
        return out
'''),
    dict(name="accumulate-both", correct=True, time="fast",
         note="Two itertools.accumulate passes give the running max and running min, subtracted pairwise: O(n).",
         code='''\
from itertools import accumulate

class Solution:
    def spreads(self, temps):
        highs = accumulate(temps, max)
        lows = accumulate(temps, min)
        return [h - l for h, l in zip(highs, lows)]
'''),
    dict(name="sort-prefix-each-day", correct=True, time="slow",
         note="Sorts all the days so far every day to read off the two ends: O(n^2 log n) where two running values are O(n).",
         code='''\
class Solution:
    def spreads(self, temps):
        out = []
        for i in range(len(temps)):
            ordered = sorted(temps[:i + 1])
            out.append(ordered[-1] - ordered[0])
        return out
'''),
    dict(name="starts-at-zero", correct=False,
         note="Wrong: starts both running values at 0, so a first day far from 0 already shows a spread.",
         code='''\
class Solution:
    def spreads(self, temps):
        low = high = 0
        out = []
        for t in temps:
            low, high = min(low, t), max(high, t)
            out.append(high - low)
        return out
'''),
]
