PROBLEM = dict(
    problem_id="knapsack-max-value",
    title="0/1 Knapsack: Best Value",
    io="call",
    entry_point="maxValue",
    difficulty="medium",
    tags=["array", "dynamic-programming"],
    split="train",
    statement="""\
There are `n` items; item `i` weighs `weights[i]` and is worth `values[i]`. Choose a set of items, each item
at most once, whose total weight does not exceed `capacity`, and return the largest total value such a set can
have. The empty set (value `0`) is always allowed.

**Example.** `weights = [3, 4, 5]`, `values = [30, 50, 60]`, `capacity = 8` gives `90`: take the items of
weight 3 and 5 (the items of weight 4 and 3 only give 80, and 4 and 5 weigh too much).

**Constraints.** `0 <= n <= 60`, `len(weights) == len(values) == n`, `1 <= weights[i] <= 500`,
`0 <= values[i] <= 1000`, `0 <= capacity <= 5000`.
""",
    starter_code="class Solution:\n    def maxValue(self, weights: List[int], values: List[int], capacity: int) -> int:\n",
)

EDGE_INPUTS = [
    [[3, 4, 5], [30, 50, 60], 8],
    [[], [], 10],
    [[5], [10], 4],
    [[2], [3], 4],
    [[1, 1, 1], [5, 5, 5], 0],
    [[4, 4, 4], [7, 7, 7], 12],
    [[6, 3, 3], [10, 6, 6], 6],
    [[1, 2, 3, 8, 7, 4], [20, 5, 10, 40, 15, 25], 10],
]


def perf_inputs(rng):
    tests = []
    for n, cap in ((60, 5000), (60, 4500)):
        weights = [rng.randint(1, 500) for _ in range(n)]
        values = [rng.randint(0, 1000) for _ in range(n)]
        tests.append([weights, values, cap])
    return tests


SOLUTIONS = [
    dict(name="one-row-descending", correct=True, time="medium", memory="lean", reference=True,
         note="O(n * capacity) time, O(capacity) memory: one row, capacities visited from high to low.",
         code='''\
class Solution:
    def maxValue(self, weights, values, capacity):
        best = [0] * (capacity + 1)
        for w, v in zip(weights, values):
            for c in range(capacity, w - 1, -1):
                cand = best[c - w] + v
                if cand > best[c]:
                    best[c] = cand
        return best[capacity]
'''),
    dict(name="shifted-row-zip", correct=True, time="medium", memory="medium",
         note="O(n * capacity) with comprehensions: each item merges the row with a copy of itself shifted by w.",
         code='''\
class Solution:
    def maxValue(self, weights, values, capacity):
        row = [0] * (capacity + 1)
        for w, v in zip(weights, values):
            if w > capacity:
                continue
            row[w:] = [a if a >= b + v else b + v for a, b in zip(row[w:], row)]
        return row[capacity]
'''),
    dict(name="full-table", correct=True, time="medium", memory="hungry",
         note="O(n * capacity) time and memory: dp[i][c] over the first i items.",
         code='''\
class Solution:
    def maxValue(self, weights, values, capacity):
        n = len(weights)
        dp = [[0] * (capacity + 1) for _ in range(n + 1)]
        for i in range(1, n + 1):
            w, v = weights[i - 1], values[i - 1]
            for c in range(capacity + 1):
                dp[i][c] = dp[i - 1][c]
                if w <= c and dp[i - 1][c - w] + v > dp[i][c]:
                    dp[i][c] = dp[i - 1][c - w] + v
        return dp[n][capacity]
'''),
    dict(name="take-or-skip-recursion", correct=True, time="slow", memory="hungry",
         note="O(n * capacity) states via lru_cache recursion: take or skip each item.",
         code='''\
from functools import lru_cache

class Solution:
    def maxValue(self, weights, values, capacity):
        n = len(weights)

        @lru_cache(maxsize=None)
        def best(i, room):
            if i == n:
                return 0
            skip = best(i + 1, room)
            if weights[i] <= room:
                return max(skip, values[i] + best(i + 1, room - weights[i]))
            return skip

        return best(0, capacity)
'''),
    dict(name="dict-memo-recursion", correct=True, time="slow", memory="hungry",
         note="O(n * capacity) states, memoised by hand in a dict keyed by (index, room) tuples.",
         code='''\
class Solution:
    def maxValue(self, weights, values, capacity):
        memo = {}

        def solve(i, room):
            if i < 0 or room == 0:
                return 0
            key = (i, room)
            if key not in memo:
                res = solve(i - 1, room)
                if weights[i] <= room:
                    res = max(res, solve(i - 1, room - weights[i]) + values[i])
                memo[key] = res
            return memo[key]

        return solve(len(weights) - 1, capacity)
'''),
    dict(name="pareto-states", correct=True, time="fast", memory="medium",
         note="O(n * S) for S non-dominated (weight, value) states: merge, sort and prune after every item.",
         code='''\
class Solution:
    def maxValue(self, weights, values, capacity):
        states = [(0, 0)]                       # (weight, value), value strictly increasing with weight
        for w, v in zip(weights, values):
            grown = [(sw + w, sv + v) for sw, sv in states if sw + w <= capacity]
            merged = sorted(states + grown, key=lambda s: (s[0], -s[1]))
            states = []
            for sw, sv in merged:
                if not states or sv > states[-1][1]:
                    states.append((sw, sv))
        return states[-1][1]
'''),
    dict(name="ascending-row", correct=False,
         note="Wrong: visits capacities from low to high, so an item can be taken several times (unbounded knapsack).",
         code='''\
class Solution:
    def maxValue(self, weights, values, capacity):
        best = [0] * (capacity + 1)
        for w, v in zip(weights, values):
            for c in range(w, capacity + 1):
                best[c] = max(best[c], best[c - w] + v)
        return best[capacity]
'''),
]
