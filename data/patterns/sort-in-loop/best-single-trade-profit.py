PROBLEM = dict(
    problem_id="best-single-trade-profit",
    title="Best Profit From One Trade",
    io="call",
    entry_point="bestProfit",
    difficulty="easy",
    tags=["array", "greedy"],
    pattern="sort-in-loop",
    split="train",
    statement="""\
`prices[d]` is the price on day `d`. Buy once and sell once on a later day; return the largest profit, or `0`
when no trade makes money.

**Example.** `prices = [7, 1, 5, 3, 6, 4]` gives `5` (buy at 1, sell at 6).

**Constraints.** `0 <= len(prices) <= 10^4`, `0 <= prices[d] <= 10^6`.
""",
    starter_code="class Solution:\n    def bestProfit(self, prices: List[int]) -> int:\n",
)

EDGE_INPUTS = [[[7, 1, 5, 3, 6, 4]], [[]], [[5]], [[7, 6, 4, 3]], [[1, 2]], [[3, 8, 1, 2]]]


def perf_inputs(rng):
    return [[[rng.randint(0, 10**6) for _ in range(2000)]]]


SOLUTIONS = [
    dict(name="running-min", correct=True, time="fast", reference=True,
         note="Carry the cheapest price seen so far in one variable; each day compares against it: O(n).",
         code='''\
class Solution:
    def bestProfit(self, prices):
        cheapest, best = None, 0
        for p in prices:
            if cheapest is None or p < cheapest:
                cheapest = p
            best = max(best, p - cheapest)
        return best
'''),
    dict(name="running-max-from-right", correct=True, time="fast",
         note="Scan from the last day keeping the highest later price in one variable: O(n).",
         code='''\
class Solution:
    def bestProfit(self, prices):
        highest, best = 0, 0
        for p in reversed(prices):
            highest = max(highest, p)
            best = max(best, highest - p)
        return best
'''),
    dict(name="min-of-earlier-days", correct=True, time="slow",
         note="Recomputes min over all earlier days for every sell day: O(n^2) where a running minimum is O(n).",
         code='''\
class Solution:
    def bestProfit(self, prices):
        best = 0
        for d in range(1, len(prices)):
            cheapest = min(prices[:d])
            best = max(best, prices[d] - cheapest)
        return best
'''),
    dict(name="max-minus-min", correct=False,
         note="Wrong: takes the highest minus the lowest price, ignoring that the sale must come after the purchase.",
         code='''\
class Solution:
    def bestProfit(self, prices):
        return max(prices) - min(prices) if prices else 0
'''),
]
