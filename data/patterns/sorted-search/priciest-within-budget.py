PROBLEM = dict(
    problem_id="priciest-within-budget",
    title="Priciest Item Within Each Budget",
    io="call",
    entry_point="bestPrices",
    difficulty="easy",
    tags=["array", "binary-search"],
    pattern="sorted-search",
    split="test",
    statement="""\
`prices` is sorted in increasing order. For each amount in `budgets`, return the largest price that is at most
the budget, or `-1` if even the cheapest item costs more.

**Example.** `prices = [3, 8, 8, 15]`, `budgets = [8, 2, 14, 99]` gives `[8, -1, 8, 15]`.

**Constraints.** `0 <= len(prices), len(budgets) <= 3000`, `1 <= numbers <= 10^9`.
""",
    starter_code="class Solution:\n    def bestPrices(self, prices: List[int], budgets: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[3, 8, 8, 15], [8, 2, 14, 99]],
    [[], [10]],
    [[5], [5, 4]],
    [[1, 2, 3], []],
    [[2, 4, 6], [3, 6, 7, 1]],
    [[10**9], [10**9]],
]


def perf_inputs(rng):
    prices = sorted(rng.randint(1, 10**9) for _ in range(2500))
    budgets = [rng.randint(1, 10**9) for _ in range(2000)]
    return [[prices, budgets]]


SOLUTIONS = [
    dict(name="bisect-floor", correct=True, time="fast", reference=True,
         note="bisect_right gives the number of prices <= budget; the one before that point is the answer: O(log n).",
         code='''\
from bisect import bisect_right

class Solution:
    def bestPrices(self, prices, budgets):
        result = []
        for b in budgets:
            i = bisect_right(prices, b)
            result.append(prices[i - 1] if i > 0 else -1)
        return result
'''),
    dict(name="scan-until-over", correct=True, time="slow",
         note="Scanning from the cheapest price until one exceeds the budget costs O(n) per budget.",
         code='''\
class Solution:
    def bestPrices(self, prices, budgets):
        result = []
        for b in budgets:
            best = -1
            for p in prices:
                if p > b:
                    break
                best = p
            result.append(best)
        return result
'''),
    dict(name="floor-binary-search", correct=True, time="fast",
         note="A hand-written binary search keeping the last price <= budget seen: O(log n) per budget.",
         code='''\
class Solution:
    def bestPrices(self, prices, budgets):
        result = []
        for b in budgets:
            lo, hi, best = 0, len(prices) - 1, -1
            while lo <= hi:
                mid = (lo + hi) // 2
                if prices[mid] <= b:
                    best = prices[mid]
                    lo = mid + 1
                else:
                    hi = mid - 1
            result.append(best)
        return result
'''),
    dict(name="misses-exact", correct=False,
         note="Wrong: bisect_left skips a price equal to the budget and returns the next cheaper one.",
         code='''\
from bisect import bisect_left

class Solution:
    def bestPrices(self, prices, budgets):
        result = []
        for b in budgets:
            i = bisect_left(prices, b)
            result.append(prices[i - 1] if i > 0 else -1)
        return result
'''),
]
