PROBLEM = dict(
    problem_id="most-frequent-reading",
    title="Most Frequent Sensor Reading",
    io="call",
    entry_point="mostFrequent",
    difficulty="easy",
    tags=["array", "counting"],
    pattern="count-in-loop",
    split="test",
    statement="""\
A sensor logged the integer readings `readings`. Return the reading that occurs most often; when several
readings tie for the highest count, return the smallest of them.

**Example.** `readings = [4, 1, 4, 1, 9]` gives `1` (both 1 and 4 occur twice; 1 is smaller).

**Constraints.** `1 <= len(readings) <= 3000`, `-10^6 <= readings[i] <= 10^6`.
""",
    starter_code="class Solution:\n    def mostFrequent(self, readings: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[4, 1, 4, 1, 9]],
    [[7]],
    [[5, 5, 5]],
    [[3, 2, 1]],
    [[-2, 8, 8, -2, 0]],
    [[9, 9, 1, 1, 1, 9, 0]],
]


def perf_inputs(rng):
    n = 1500
    wide = [rng.randint(-10**6, 10**6) for _ in range(n)]
    narrow = [rng.randint(0, 400) for _ in range(n)]
    return [[wide], [narrow]]


SOLUTIONS = [
    dict(name="counter", correct=True, time="fast", reference=True,
         note="Count every reading once with a Counter, then pick the best (count, -value): O(n) in all.",
         code='''\
from collections import Counter

class Solution:
    def mostFrequent(self, readings):
        counts = Counter(readings)
        return min(counts, key=lambda x: (-counts[x], x))
'''),
    dict(name="dict-loop", correct=True, time="fast",
         note="One pass fills a dict of counts; a second pass over the distinct readings keeps the best: O(n).",
         code='''\
class Solution:
    def mostFrequent(self, readings):
        counts = {}
        for x in readings:
            counts[x] = counts.get(x, 0) + 1
        best = None
        for x, c in counts.items():
            if best is None or c > counts[best] or (c == counts[best] and x < best):
                best = x
        return best
'''),
    dict(name="count-each", correct=True, time="slow",
         note="readings.count(x) inside the loop rescans the whole list for every reading: O(n^2).",
         code='''\
class Solution:
    def mostFrequent(self, readings):
        best, best_count = None, 0
        for x in readings:
            c = readings.count(x)
            if c > best_count or (c == best_count and x < best):
                best, best_count = x, c
        return best
'''),
    dict(name="first-of-ties", correct=False,
         note="Wrong: Counter.most_common breaks ties by first appearance, not by the smallest value.",
         code='''\
from collections import Counter

class Solution:
    def mostFrequent(self, readings):
        return Counter(readings).most_common(1)[0][0]
'''),
]
