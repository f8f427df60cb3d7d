PROBLEM = dict(
    problem_id="full-day-shift-pairs",
    title="Two Shifts That Cover a Whole Day",
    io="call",
    entry_point="fullDayPairs",
    difficulty="easy",
    tags=["string", "hash-table"],
    pattern="pair-search",
    split="train",
    statement="""\
Each shift length is written `"HH:MM"` (hours and minutes, from `"00:01"` to `"23:59"`). Count the pairs of
shifts `i < j` whose lengths add up to exactly 24 hours.

**Example.** `shifts = ["08:00", "16:00", "12:30", "11:30", "16:00"]` gives `3`.

**Constraints.** `0 <= len(shifts) <= 3000`.
""",
    starter_code="class Solution:\n    def fullDayPairs(self, shifts: List[str]) -> int:\n",
)

EDGE_INPUTS = [
    [["08:00", "16:00", "12:30", "11:30", "16:00"]],
    [[]],
    [["12:00"]],
    [["12:00", "12:00", "12:00"]],
    [["23:59", "00:01"]],
    [["10:00", "10:00"]],
]


def perf_inputs(rng):
    shifts = [f"{rng.randint(0, 23):02d}:{rng.choice([0, 15, 30, 45]):02d}" for _ in range(1300)]
    return [[[s if s != "00:00" else "00:15" for s in shifts]]]


SOLUTIONS = [
    dict(name="minute-counts", correct=True, time="fast", reference=True,
         note="Convert each shift to minutes once; its partner must be 1440 minus it, looked up in a dict of earlier counts: O(n).",
         code='''\
class Solution:
    def fullDayPairs(self, shifts):
        seen = {}
        pairs = 0
        for s in shifts:
            m = int(s[:2]) * 60 + int(s[3:])
            pairs += seen.get(1440 - m, 0)
            seen[m] = seen.get(m, 0) + 1
        return pairs
'''),
    dict(name="counter-of-minutes", correct=True, time="fast",
         note="Count the minute values once and multiply the counts of each value and its complement.",
         code='''\
from collections import Counter

class Solution:
    def fullDayPairs(self, shifts):
        counts = Counter(int(s[:2]) * 60 + int(s[3:]) for s in shifts)
        pairs = sum(c * counts.get(1440 - m, 0) for m, c in counts.items() if m < 720)
        return pairs + counts.get(720, 0) * (counts.get(720, 0) - 1) // 2
'''),
    dict(name="all-pairs", correct=True, time="slow",
         note="Adds the minutes of every pair i < j: O(n^2) where each shift needs only one lookup of its complement.",
         code='''\
class Solution:
    def fullDayPairs(self, shifts):
        minutes = [int(s[:2]) * 60 + int(s[3:]) for s in shifts]
        pairs = 0
        for i in range(len(minutes)):
            for j in range(i + 1, len(minutes)):
                if minutes[i] + minutes[j] == 1440:
                    pairs += 1
        return pairs
'''),
    dict(name="hours-only", correct=False,
         note="Wrong: adds only the hours and checks for 24, ignoring the minutes, so 23:59 + 00:01 is missed.",
         code='''\
class Solution:
    def fullDayPairs(self, shifts):
        seen = {}
        pairs = 0
        for s in shifts:
            h = int(s[:2])
            pairs += seen.get(24 - h, 0)
            seen[h] = seen.get(h, 0) + 1
        return pairs
'''),
]
