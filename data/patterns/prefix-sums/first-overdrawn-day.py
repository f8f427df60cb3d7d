PROBLEM = dict(
    problem_id="first-overdrawn-day",
    title="The First Overdrawn Day",
    io="call",
    entry_point="firstOverdrawn",
    difficulty="easy",
    tags=["array", "prefix-sum"],
    pattern="prefix-sums",
    split="train",
    statement="""\
An account starts with `start` money; on day `i` the amount `changes[i]` is added (negative for a payment).
Return the first day after which the balance is below zero, or `-1` if it never is.

**Example.** `start = 5`, `changes = [-3, 4, -7, -1]` gives `2` (balances 2, 6, -1, -2).

**Constraints.** `0 <= start <= 10^9`, `0 <= len(changes) <= 5000`, `-10^4 <= changes[i] <= 10^4`.
""",
    starter_code="class Solution:\n    def firstOverdrawn(self, start: int, changes: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [5, [-3, 4, -7, -1]],
    [0, []],
    [0, [-1]],
    [3, [-3]],
    [3, [-3, -1]],
    [10, [5, 5]],
]


def perf_inputs(rng):
    changes = [rng.randint(-100, 120) for _ in range(3000)]
    return [[10**6, changes]]


SOLUTIONS = [
    dict(name="running-balance", correct=True, time="fast", reference=True,
         note="Carry the balance forward one day at a time: O(n).",
         code='''\
class Solution:
    def firstOverdrawn(self, start, changes):
        balance = start
        for day, c in enumerate(changes):
            balance += c
            if balance < 0:
                return day
        return -1
'''),
    dict(name="resum-history", correct=True, time="slow",
         note="Each day's balance is re-summed from day 0: O(n) per day, O(n^2) in all.",
         code='''\
class Solution:
    def firstOverdrawn(self, start, changes):
        for day in range(len(changes)):
            if start + sum(changes[:day + 1]) < 0:
                return day
        return -1
'''),
    dict(name="zero-counts-as-overdrawn", correct=False,
         note="Wrong: tests balance <= 0, so a balance of exactly zero is reported as overdrawn.",
         code='''\
class Solution:
    def firstOverdrawn(self, start, changes):
        balance = start
        for day, c in enumerate(changes):
            balance += c
            if balance <= 0:
                return day
        return -1
'''),
    dict(name="accumulate", correct=True, time="fast",
         note="itertools.accumulate yields every balance in one pass: O(n).",
         code='''\
from itertools import accumulate

class Solution:
    def firstOverdrawn(self, start, changes):
        for day, balance in enumerate(accumulate(changes, initial=start)):
            if day > 0 and balance < 0:
                return day - 1
        return -1
'''),
]
