PROBLEM = dict(
    problem_id="halve-largest-k-times",
    title="Halve the Biggest Pile k Times",
    io="call",
    entry_point="pilesLeft",
    difficulty="easy",
    tags=["heap", "greedy"],
    pattern="sort-in-loop",
    split="test",
    statement="""\
`k` times in a row, pick the largest pile in `piles` and remove `pile // 2` stones from it (the pile keeps
`pile - pile // 2`). Return the total number of stones left.

**Example.** `piles = [5, 4, 9]`, `k = 2` gives `12` (9 -> 5, then 5 -> 3 for one of the fives).

**Constraints.** `1 <= len(piles) <= 5000`, `1 <= piles[i] <= 10^6`, `0 <= k <= 5000`.
""",
    starter_code="class Solution:\n    def pilesLeft(self, piles: List[int], k: int) -> int:\n",
)

EDGE_INPUTS = [[[5, 4, 9], 2], [[1], 3], [[10], 0], [[7, 7], 2], [[100, 1, 1], 1], [[3], 1]]


def perf_inputs(rng):
    return [[[rng.randint(1, 10**6) for _ in range(1500)], 1500]]


SOLUTIONS = [
    dict(name="max-heap", correct=True, time="fast", reference=True,
         note="A max-heap (negated piles) yields the largest pile in O(log n): O(n + k log n) in all.",
         code='''\
import heapq

class Solution:
    def pilesLeft(self, piles, k):
        heap = [-p for p in piles]
        heapq.heapify(heap)
        for _ in range(k):
            biggest = -heap[0]
            heapq.heapreplace(heap, -(biggest - biggest // 2))
        return -sum(heap)
'''),
    dict(name="heap-push-pop", correct=True, time="fast",
         note="The same max-heap written with heappop and heappush: O(log n) per halving.",
         code='''\
import heapq

class Solution:
    def pilesLeft(self, piles, k):
        heap = [-p for p in piles]
        heapq.heapify(heap)
        for _ in range(k):
            p = -heapq.heappop(heap)
            heapq.heappush(heap, -(p - p // 2))
        return -sum(heap)
'''),
    dict(name="max-and-index-each-time", correct=True, time="slow",
         note="Scans for the largest pile with max() and index() on every round: O(n * k) where a heap needs O(log n).",
         code='''\
class Solution:
    def pilesLeft(self, piles, k):
        piles = list(piles)
        for _ in range(k):
            biggest = max(piles)
            i = piles.index(biggest)
            piles[i] = biggest - biggest // 2
        return sum(piles)
'''),
    dict(name="keeps-floor-half", correct=False,
         note="Wrong: leaves pile // 2 stones instead of removing pile // 2, so odd piles lose one stone too many.",
         code='''\
import heapq

class Solution:
    def pilesLeft(self, piles, k):
        heap = [-p for p in piles]
        heapq.heapify(heap)
        for _ in range(k):
            biggest = -heap[0]
            heapq.heapreplace(heap, -(biggest // 2))
        return -sum(heap)
'''),
]
