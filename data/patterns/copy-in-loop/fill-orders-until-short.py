PROBLEM = dict(
    problem_id="fill-orders-until-short",
    title="Fill Orders Until Stock Runs Short",
    io="call",
    entry_point="ordersFilled",
    difficulty="easy",
    tags=["array", "simulation"],
    pattern="copy-in-loop",
    split="train",
    statement="""\
A warehouse holds `stock` units. Orders are served strictly in the order of `orders`, each taking its amount from
the stock; the first order that asks for more than what is left stops all service. Return how many orders were
served.

**Example.** `stock = 10`, `orders = [3, 4, 5, 1]` gives `2` (after 3 and 4, only 3 units remain for the 5).

**Constraints.** `0 <= len(orders) <= 2 * 10^4`, `0 <= stock <= 10^12`, `1 <= orders[i] <= 10^6`.
""",
    starter_code="class Solution:\n    def ordersFilled(self, stock: int, orders: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [10, [3, 4, 5, 1]],
    [0, [1]],
    [5, []],
    [5, [5]],
    [5, [6, 1, 1]],
    [100, [10, 20, 30]],
]


def perf_inputs(rng):
    orders = [rng.randint(1, 100) for _ in range(7000)]
    return [[sum(orders[:6500]), orders]]


SOLUTIONS = [
    dict(name="index-walk", correct=True, time="fast", reference=True,
         note="Walk an index along the orders and subtract in place; nothing is copied: O(n).",
         code='''\
class Solution:
    def ordersFilled(self, stock, orders):
        served = 0
        for amount in orders:
            if amount > stock:
                break
            stock -= amount
            served += 1
        return served
'''),
    dict(name="pop-front-by-slice", correct=True, time="slow",
         note="orders = orders[1:] copies the whole remaining list after every served order: O(n^2).",
         code='''\
class Solution:
    def ordersFilled(self, stock, orders):
        served = 0
        while orders and orders[0] <= stock:
            stock -= orders[0]
            orders = orders[1:]
            served += 1
        return served
'''),
    dict(name="prefix-totals", correct=True, time="fast",
         note="Running totals in one pass; the answer is how many of them fit in the stock: O(n).",
         code='''\
from itertools import accumulate

class Solution:
    def ordersFilled(self, stock, orders):
        served = 0
        for total in accumulate(orders):
            if total > stock:
                break
            served += 1
        return served
'''),
    dict(name="skip-and-continue", correct=False,
         note="Wrong: skips an order that does not fit and keeps serving later ones, but service must stop there.",
         code='''\
class Solution:
    def ordersFilled(self, stock, orders):
        served = 0
        for amount in orders:
            if amount <= stock:
                stock -= amount
                served += 1
        return served
'''),
]
