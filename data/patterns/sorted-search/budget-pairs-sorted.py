PROBLEM = dict(
    problem_id="budget-pairs-sorted",
    title="Pairs of Sorted Prices Within a Budget",
    io="call",
    entry_point="affordablePairs",
    difficulty="easy",
    tags=["array", "binary-search", "two-pointers"],
    pattern="sorted-search",
    split="test",
    statement="""\
`prices` is sorted in non-decreasing order. Count the index pairs `(i, j)` with `i < j` and
`prices[i] + prices[j] <= budget`.

**Example.** `prices = [1, 2, 4, 7]`, `budget = 6` gives `3`: (1, 2), (1, 4) and (2, 4).

**Constraints.** `0 <= len(prices) <= 3000`, `1 <= prices[i], budget <= 10^9`.
""",
    starter_code="class Solution:\n    def affordablePairs(self, prices: List[int], budget: int) -> int:\n",
)

EDGE_INPUTS = [
    [[1, 2, 4, 7], 6],
    [[], 5],
    [[3], 10],
    [[3, 3], 6],
    [[3, 3], 5],
    [[1, 1, 1, 1], 2],
    [[5, 6, 7], 4],
]


def perf_inputs(rng):
    prices = sorted(rng.randint(1, 10**6) for _ in range(1500))
    return [[prices, 10**6]]


SOLUTIONS = [
    dict(name="bisect-partner", correct=True, time="fast", reference=True,
         note="For each i the partners form a prefix of the sorted tail; bisect_right finds its end in O(log n).",
         code='''\
from bisect import bisect_right

class Solution:
    def affordablePairs(self, prices, budget):
        total = 0
        for i, p in enumerate(prices):
            total += max(0, bisect_right(prices, budget - p, i + 1) - (i + 1))
        return total
'''),
    dict(name="nested-with-break", correct=True, time="slow",
         note="Trying every j after i (even with an early break) checks up to n partners per i: O(n^2).",
         code='''\
class Solution:
    def affordablePairs(self, prices, budget):
        total = 0
        for i in range(len(prices)):
            for j in range(i + 1, len(prices)):
                if prices[i] + prices[j] > budget:
                    break
                total += 1
        return total
'''),
    dict(name="two-pointers", correct=True, time="fast",
         note="Two pointers from both ends: if the ends fit, every j between them fits with i: O(n).",
         code='''\
class Solution:
    def affordablePairs(self, prices, budget):
        i, j, total = 0, len(prices) - 1, 0
        while i < j:
            if prices[i] + prices[j] <= budget:
                total += j - i
                i += 1
            else:
                j -= 1
        return total
'''),
    dict(name="counts-self-pairs", correct=False,
         note="Wrong: searching from index i instead of i + 1 pairs an element with itself.",
         code='''\
from bisect import bisect_right

class Solution:
    def affordablePairs(self, prices, budget):
        total = 0
        for i, p in enumerate(prices):
            total += max(0, bisect_right(prices, budget - p, i) - i)
        return total
'''),
]
