PROBLEM = dict(
    problem_id="last-k-log-entries",
    title="Keep the Last k Log Entries",
    io="call",
    entry_point="lastK",
    difficulty="easy",
    tags=["queue"],
    pattern="pop-front",
    split="train",
    statement="""\
A log keeps at most `k` entries: when a new entry arrives and the log is full, the oldest entry is dropped.
Given every entry in arrival order, return the log at the end, oldest first.

**Example.** `entries = [1, 2, 3, 4, 5]`, `k = 3` gives `[3, 4, 5]`.

**Constraints.** `0 <= len(entries) <= 6 * 10^4`, `1 <= k <= 6 * 10^4`.
""",
    starter_code="class Solution:\n    def lastK(self, entries: List[int], k: int) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[1, 2, 3, 4, 5], 3],
    [[], 2],
    [[7], 1],
    [[7, 8], 5],
    [[1, 2, 3], 3],
    [[4, 4, 4, 4], 1],
]


def perf_inputs(rng):
    return [[[rng.randint(0, 10**9) for _ in range(40000)], 20000]]


SOLUTIONS = [
    dict(name="tail-slice", correct=True, time="fast", reference=True,
         note="The final log is just the last k entries: one slice, O(k).",
         code='''\
class Solution:
    def lastK(self, entries, k):
        return entries[-k:]
'''),
    dict(name="pop-oldest", correct=True, time="slow",
         note="`log.pop(0)` shifts all k kept entries for every new entry once full: O(n * k).",
         code='''\
class Solution:
    def lastK(self, entries, k):
        log = []
        for e in entries:
            log.append(e)
            if len(log) > k:
                log.pop(0)
        return log
'''),
    dict(name="keeps-one-more", correct=False,
         note="Wrong: drops the oldest only when the log already holds more than k, so k + 1 survive.",
         code='''\
class Solution:
    def lastK(self, entries, k):
        return entries[-(k + 1):]
'''),
    dict(name="deque-maxlen", correct=True, time="fast",
         note="deque(maxlen=k) drops the oldest entry in O(1) on each append: O(n).",
         code='''\
from collections import deque

class Solution:
    def lastK(self, entries, k):
        log = deque(maxlen=k)
        for e in entries:
            log.append(e)
        return list(log)
'''),
]
