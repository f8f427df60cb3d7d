PROBLEM = dict(
    problem_id="rope-merge-min-cost",
    title="Cheapest Way to Join Ropes",
    io="call",
    entry_point="joinCost",
    difficulty="easy",
    tags=["heap", "greedy"],
    pattern="sort-in-loop",
    split="train",
    statement="""\
Joining two ropes of lengths `a` and `b` costs `a + b` and gives one rope of length `a + b`. Join all the ropes
into one and return the smallest total cost (always join the two shortest ropes).

**Example.** `ropes = [4, 3, 2, 6]` gives `29` (2+3=5, 4+5=9, 6+9=15).

**Constraints.** `0 <= len(ropes) <= 5000`, `1 <= ropes[i] <= 10^4`.
""",
    starter_code="class Solution:\n    def joinCost(self, ropes: List[int]) -> int:\n",
)

EDGE_INPUTS = [[[4, 3, 2, 6]], [[]], [[7]], [[1, 1]], [[5, 5, 5]], [[1, 2, 3, 4, 5]]]


def perf_inputs(rng):
    return [[[rng.randint(1, 10**4) for _ in range(3000)]]]


SOLUTIONS = [
    dict(name="min-heap", correct=True, time="fast", reference=True,
         note="A min-heap gives the two shortest ropes and takes the joined one back in O(log n): O(n log n) in all.",
         code='''\
import heapq

class Solution:
    def joinCost(self, ropes):
        heap = list(ropes)
        heapq.heapify(heap)
        cost = 0
        while len(heap) > 1:
            joined = heapq.heappop(heap) + heapq.heappop(heap)
            cost += joined
            heapq.heappush(heap, joined)
        return cost
'''),
    dict(name="two-queues", correct=True, time="fast",
         note="Sort once; joined ropes come out in non-decreasing order, so a second queue stays sorted: O(n log n).",
         code='''\
from collections import deque

class Solution:
    def joinCost(self, ropes):
        a, b = deque(sorted(ropes)), deque()
        def shortest():
            if b and (not a or b[0] < a[0]):
                return b.popleft()
            return a.popleft()
        cost = 0
        while len(a) + len(b) > 1:
            joined = shortest() + shortest()
            cost += joined
            b.append(joined)
        return cost
'''),
    dict(name="sort-before-each-join", correct=True, time="slow",
         note="Re-sorts all remaining ropes before every join: O(n^2 log n) where a heap needs O(log n) per join.",
         code='''\
class Solution:
    def joinCost(self, ropes):
        ropes = list(ropes)
        cost = 0
        while len(ropes) > 1:
            ropes.sort()
            joined = ropes[0] + ropes[1]
            cost += joined
            ropes = ropes[2:] + [joined]
        return cost
'''),
    dict(name="sort-once-chain", correct=False,
         note="Wrong: sorts once and joins left to right, but a joined rope can be longer than the next two ropes.",
         code='''\
class Solution:
    def joinCost(self, ropes):
        ropes = sorted(ropes)
        cost, current = 0, ropes[0] if ropes else 0
        for r in ropes[1:]:
            current += r
            cost += current
        return cost
'''),
]
