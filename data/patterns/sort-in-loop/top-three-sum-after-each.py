PROBLEM = dict(
    problem_id="top-three-sum-after-each",
    title="Podium Total After Each Entry",
    io="call",
    entry_point="podiumTotals",
    difficulty="easy",
    tags=["array", "heap"],
    pattern="sort-in-loop",
    split="train",
    statement="""\
Entries arrive one by one. After each entry, report the sum of the three largest entries so far (of all of
them while fewer than three have arrived).

**Example.** `entries = [4, 9, 1, 7, 8]` gives `[4, 13, 14, 20, 24]`.

**Constraints.** `0 <= len(entries) <= 5000`, `0 <= entries[i] <= 10^6`.
""",
    starter_code="class Solution:\n    def podiumTotals(self, entries: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [[[4, 9, 1, 7, 8]], [[]], [[5]], [[5, 5]], [[1, 2, 3, 4]], [[3, 3, 3, 3]]]


def perf_inputs(rng):
    return [[[rng.randint(0, 10**6) for _ in range(800)]]]


SOLUTIONS = [
    dict(name="size-three-heap", correct=True, time="fast", reference=True,
         note="A min-heap holding at most three entries drops the smallest when a fourth arrives: O(1) per entry.",
         code='''\
import heapq

class Solution:
    def podiumTotals(self, entries):
        heap, out, total = [], [], 0
        for e in entries:
            heapq.heappush(heap, e)
            total += e
            if len(heap) > 3:
                total -= heapq.heappop(heap)
            out.append(total)
        return out
'''),
    dict(name="three-slot-list", correct=True, time="fast",
         note="Only the three best matter: insert each entry into a list of at most three, largest first, O(1) each.",
         code='''\
class Solution:
    def podiumTotals(self, entries):
        top, out = [], []
        for e in entries:
            i = 0
            while i < len(top) and top[i] >= e:
                i += 1
            top.insert(i, e)
            del top[3:]
            out.append(sum(top))
        return out
'''),
    dict(name="sort-everything-each-time", correct=True, time="slow",
         note="Sorts every entry so far after each arrival: O(n^2 log n) where three kept values suffice.",
         code='''\
class Solution:
    def podiumTotals(self, entries):
        seen, out = [], []
        for e in entries:
            seen.append(e)
            out.append(sum(sorted(seen, reverse=True)[:3]))
        return out
'''),
    dict(name="distinct-podium", correct=False,
         note="Wrong: keeps a set of entries, so a repeated score can take only one podium place.",
         code='''\
class Solution:
    def podiumTotals(self, entries):
        seen, out = set(), []
        for e in entries:
            seen.add(e)
            out.append(sum(sorted(seen, reverse=True)[:3]))
        return out
'''),
]
