PROBLEM = dict(
    problem_id="cheapest-items-per-budget",
    title="How Many Items Each Budget Buys",
    io="call",
    entry_point="maxItems",
    difficulty="easy",
    tags=["array", "sorting", "prefix-sum", "binary-search"],
    pattern="sorted-search",
    split="test",
    statement="""\
A shop sells one of each item, at the prices `prices` (in any order). For each amount in `budgets`, on its own,
return the largest number of items whose total price is at most the budget.

**Example.** `prices = [4, 1, 3, 10]`, `budgets = [0, 4, 8, 100]` gives `[0, 2, 3, 4]`.

**Constraints.** `0 <= len(prices), len(budgets) <= 3000`, `1 <= prices[i] <= 10^6`, `0 <= budget <= 10^12`.
""",
    starter_code="class Solution:\n    def maxItems(self, prices: List[int], budgets: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[4, 1, 3, 10], [0, 4, 8, 100]],
    [[], [5]],
    [[5], [4, 5]],
    [[2, 2, 2], [6, 5]],
    [[7, 3], []],
    [[1, 1], [10**12]],
]


def perf_inputs(rng):
    prices = [rng.randint(1, 10**6) for _ in range(2500)]
    budgets = [rng.randint(0, 13 * 10**8) for _ in range(600)]
    return [[prices, budgets]]


SOLUTIONS = [
    dict(name="prefix-bisect", correct=True, time="fast", reference=True,
         note="Cheapest first is best: sort once, build the running totals (sorted too), and bisect_right each "
              "budget into them: O(n log n + q log n).",
         code='''\
from bisect import bisect_right
from itertools import accumulate

class Solution:
    def maxItems(self, prices, budgets):
        totals = list(accumulate(sorted(prices)))
        return [bisect_right(totals, b) for b in budgets]
'''),
    dict(name="prefix-scan", correct=True, time="slow",
         note="The running totals are sorted, but walking them from the start for each budget costs O(n) per budget.",
         code='''\
class Solution:
    def maxItems(self, prices, budgets):
        totals = []
        running = 0
        for p in sorted(prices):
            running += p
            totals.append(running)
        result = []
        for b in budgets:
            k = 0
            while k < len(totals) and totals[k] <= b:
                k += 1
            result.append(k)
        return result
'''),
    dict(name="sorted-budgets-sweep", correct=True, time="fast",
         note="Answering the budgets in increasing order lets one pointer move forward through the totals: "
              "O((n + q) log).",
         code='''\
class Solution:
    def maxItems(self, prices, budgets):
        totals, running = [], 0
        for p in sorted(prices):
            running += p
            totals.append(running)
        result = [0] * len(budgets)
        k = 0
        for i in sorted(range(len(budgets)), key=lambda i: budgets[i]):
            while k < len(totals) and totals[k] <= budgets[i]:
                k += 1
            result[i] = k
        return result
'''),
    dict(name="unsorted-prefix", correct=False,
         note="Wrong: buys the items in the given order instead of cheapest first.",
         code='''\
from bisect import bisect_right
from itertools import accumulate

class Solution:
    def maxItems(self, prices, budgets):
        totals = list(accumulate(prices))
        return [bisect_right(totals, b) for b in budgets]
'''),
]
