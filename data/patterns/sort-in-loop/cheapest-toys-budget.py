PROBLEM = dict(
    problem_id="cheapest-toys-budget",
    title="Most Toys on a Budget",
    io="call",
    entry_point="maxToys",
    difficulty="easy",
    tags=["greedy", "sorting"],
    pattern="sort-in-loop",
    split="train",
    statement="""\
`prices` lists the toys in a shop. Buy as many toys as possible without spending more than `budget` in total
(each toy at most once). Return how many toys you can buy.

**Example.** `prices = [20, 5, 12, 8, 40]`, `budget = 30` gives `3` (5 + 8 + 12).

**Constraints.** `0 <= len(prices) <= 5000`, `1 <= prices[i] <= 10^6`, `0 <= budget <= 10^12`.
""",
    starter_code="class Solution:\n    def maxToys(self, prices: List[int], budget: int) -> int:\n",
)

EDGE_INPUTS = [
    [[20, 5, 12, 8, 40], 30],
    [[], 10],
    [[5], 4],
    [[5], 5],
    [[3, 3, 3], 9],
    [[10, 1, 1], 2],
]


def perf_inputs(rng):
    prices = [rng.randint(1, 10**6) for _ in range(2000)]
    return [[prices, sum(prices)]]


SOLUTIONS = [
    dict(name="sort-once", correct=True, time="fast", reference=True,
         note="Buying the cheapest toys first is optimal, and one sort lists them in that order: O(n log n).",
         code='''\
class Solution:
    def maxToys(self, prices, budget):
        count = 0
        for p in sorted(prices):
            if p > budget:
                break
            budget -= p
            count += 1
        return count
'''),
    dict(name="heap-pops", correct=True, time="fast",
         note="Heapify once and pop the cheapest toy while the budget allows: O(n + m log n) for m toys bought.",
         code='''\
import heapq

class Solution:
    def maxToys(self, prices, budget):
        heap = list(prices)
        heapq.heapify(heap)
        count = 0
        while heap and heap[0] <= budget:
            budget -= heapq.heappop(heap)
            count += 1
        return count
'''),
    dict(name="min-and-remove", correct=True, time="slow",
         note="Finds and removes the cheapest remaining toy with min() and remove() each time: O(n^2) instead of one sort.",
         code='''\
class Solution:
    def maxToys(self, prices, budget):
        left = list(prices)
        count = 0
        while left:
            cheapest = min(left)
            if cheapest > budget:
                break
            budget -= cheapest
            left.remove(cheapest)
            count += 1
        return count
'''),
    dict(name="skips-and-continues", correct=False,
         note="Wrong: walks the toys in shop order, buying whatever still fits, which misses cheaper toys later on.",
         code='''\
class Solution:
    def maxToys(self, prices, budget):
        count = 0
        for p in prices:
            if p <= budget:
                budget -= p
                count += 1
        return count
'''),
]
