PROBLEM = dict(
    problem_id="smash-heaviest-two",
    title="Smash the Two Heaviest Rocks",
    io="call",
    entry_point="lastRock",
    difficulty="easy",
    tags=["heap", "simulation"],
    pattern="sort-in-loop",
    split="train",
    statement="""\
While at least two rocks remain, smash the two heaviest, `x <= y`: both vanish if `x == y`, else a rock of
weight `y - x` is put back. Return the weight of the last rock, or `0` if none is left.

**Example.** `rocks = [2, 7, 4, 1, 8, 1]` gives `1`.

**Constraints.** `0 <= len(rocks) <= 5000`, `1 <= rocks[i] <= 10^6`.
""",
    starter_code="class Solution:\n    def lastRock(self, rocks: List[int]) -> int:\n",
)

EDGE_INPUTS = [[[2, 7, 4, 1, 8, 1]], [[]], [[5]], [[3, 3]], [[10, 4]], [[1, 1, 1]]]


def perf_inputs(rng):
    return [[[rng.randint(1, 10**6) for _ in range(4000)]]]


SOLUTIONS = [
    dict(name="max-heap", correct=True, time="fast", reference=True,
         note="A max-heap (negated weights) hands out the two heaviest in O(log n) per smash: O(n log n) in all.",
         code='''\
import heapq

class Solution:
    def lastRock(self, rocks):
        heap = [-r for r in rocks]
        heapq.heapify(heap)
        while len(heap) > 1:
            y = -heapq.heappop(heap)
            x = -heapq.heappop(heap)
            if y != x:
                heapq.heappush(heap, -(y - x))
        return -heap[0] if heap else 0
'''),
    dict(name="insort-once-sorted", correct=True, time="fast",
         note="Sort once, then keep the list sorted by inserting each leftover with bisect instead of re-sorting.",
         code='''\
import bisect

class Solution:
    def lastRock(self, rocks):
        pile = sorted(rocks)
        while len(pile) > 1:
            y, x = pile.pop(), pile.pop()
            if y != x:
                bisect.insort(pile, y - x)
        return pile[0] if pile else 0
'''),
    dict(name="sort-each-round", correct=True, time="slow",
         note="Re-sorts the whole pile before every smash: O(n^2 log n) where a heap gives the two heaviest in O(log n).",
         code='''\
class Solution:
    def lastRock(self, rocks):
        pile = list(rocks)
        while len(pile) > 1:
            pile.sort()
            y = pile.pop()
            x = pile.pop()
            if y != x:
                pile.append(y - x)
        return pile[0] if pile else 0
'''),
    dict(name="sum-difference", correct=False,
         note="Wrong: treats the process as alternating signs over the sorted weights, which is not what smashing does.",
         code='''\
class Solution:
    def lastRock(self, rocks):
        total = 0
        for i, r in enumerate(sorted(rocks, reverse=True)):
            total += r if i % 2 == 0 else -r
        return abs(total)
'''),
]
