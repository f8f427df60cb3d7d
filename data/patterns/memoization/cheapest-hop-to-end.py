PROBLEM = dict(
    problem_id="cheapest-hop-to-end",
    title="Cheapest Hops Past the End",
    io="call",
    entry_point="minCost",
    difficulty="easy",
    tags=["dynamic-programming", "array", "recursion"],
    pattern="memoization",
    split="test",
    statement="""\
Stone `i` costs `cost[i]` to stand on. You start before stone 0 and each hop moves 1 or 2 stones forward; you
finish once you are past the last stone. Return the smallest total cost of the stones you stand on.

**Example.** `cost = [5, 1, 4, 1]` gives `2` (stand on stones 1 and 3).

**Constraints.** `0 <= len(cost) <= 40`, `0 <= cost[i] <= 1000`.
""",
    starter_code="class Solution:\n    def minCost(self, cost: List[int]) -> int:\n",
)

EDGE_INPUTS = [[[5, 1, 4, 1]], [[]], [[7]], [[3, 9]], [[1, 100, 1, 100, 1]], [[0, 0, 0]]]


def perf_inputs(rng):
    return [[[rng.randint(0, 1000) for _ in range(23)]], [[rng.randint(0, 50) for _ in range(21)]]]


SOLUTIONS = [
    dict(name="two-running-values", correct=True, time="fast", reference=True,
         note="The best cost to stand on stone i needs only the best for the two stones before it: O(n).",
         code='''\
class Solution:
    def minCost(self, cost):
        before, last = 0, 0
        for c in cost:
            before, last = last, c + min(before, last)
        return min(before, last)
'''),
    dict(name="memo-recursion", correct=True, time="fast",
         note="Cache the best cost from each position onward, so each position is solved once: O(n).",
         code='''\
from functools import lru_cache

class Solution:
    def minCost(self, cost):
        @lru_cache(maxsize=None)
        def best(i):
            if i >= len(cost):
                return 0
            return cost[i] + min(best(i + 1), best(i + 2))
        return min(best(0), best(1))
'''),
    dict(name="plain-recursion", correct=True, time="slow",
         note="Plain recursion tries every hop sequence, re-solving the same positions: about 1.6^n calls.",
         code='''\
class Solution:
    def minCost(self, cost):
        def best(i):
            if i >= len(cost):
                return 0
            return cost[i] + min(best(i + 1), best(i + 2))
        return min(best(0), best(1))
'''),
    dict(name="must-start-on-first", correct=False,
         note="Wrong: always stands on stone 0, though the first hop may go straight to stone 1.",
         code='''\
class Solution:
    def minCost(self, cost):
        if not cost:
            return 0
        best = [0] * (len(cost) + 1)
        best[0] = cost[0]
        for i in range(1, len(cost)):
            best[i] = cost[i] + min(best[i - 1], best[i - 2] if i >= 2 else best[i - 1])
        return min(best[len(cost) - 1], best[len(cost) - 2] if len(cost) >= 2 else best[0])
'''),
]
