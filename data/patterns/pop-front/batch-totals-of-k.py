PROBLEM = dict(
    problem_id="batch-totals-of-k",
    title="Totals of Each Batch",
    io="call",
    entry_point="batchTotals",
    difficulty="easy",
    tags=["array"],
    pattern="pop-front",
    split="train",
    statement="""\
Orders `orders` are packed, in order, into batches of `k` (the last batch may be smaller). Return the total of
each batch.

**Example.** `orders = [3, 1, 4, 1, 5]`, `k = 2` gives `[4, 5, 5]`.

**Constraints.** `0 <= len(orders) <= 5 * 10^4`, `1 <= k <= 100`, `0 <= orders[i] <= 10^4`.
""",
    starter_code="class Solution:\n    def batchTotals(self, orders: List[int], k: int) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[3, 1, 4, 1, 5], 2],
    [[], 3],
    [[7], 1],
    [[7], 5],
    [[1, 2, 3], 3],
    [[0, 0, 0, 1], 2],
]


def perf_inputs(rng):
    return [[[rng.randint(0, 10**4) for _ in range(30000)], 6]]


SOLUTIONS = [
    dict(name="slice-sums", correct=True, time="fast", reference=True,
         note="Sum each batch as a slice, stepping the start by k: O(n), nothing is removed.",
         code='''\
class Solution:
    def batchTotals(self, orders, k):
        return [sum(orders[i:i + k]) for i in range(0, len(orders), k)]
'''),
    dict(name="pop-front", correct=True, time="slow",
         note="Every `orders.pop(0)` shifts all the orders still waiting: O(n) per order, O(n^2) in all.",
         code='''\
class Solution:
    def batchTotals(self, orders, k):
        totals = []
        while orders:
            total = 0
            for _ in range(k):
                if orders:
                    total += orders.pop(0)
            totals.append(total)
        return totals
'''),
    dict(name="drops-short-batch", correct=False,
         note="Wrong: stops at the last full batch, so a smaller final batch is lost.",
         code='''\
class Solution:
    def batchTotals(self, orders, k):
        return [sum(orders[i:i + k]) for i in range(0, len(orders) - k + 1, k)]
'''),
    dict(name="islice-chunks", correct=True, time="fast",
         note="Read k orders at a time from one iterator with islice: O(n), nothing is shifted.",
         code='''\
from itertools import islice

class Solution:
    def batchTotals(self, orders, k):
        it = iter(orders)
        totals = []
        while True:
            chunk = list(islice(it, k))
            if not chunk:
                return totals
            totals.append(sum(chunk))
'''),
]
