PROBLEM = dict(
    problem_id="partition-into-parts-count",
    title="Count the Ways to Split a Number Into Parts",
    io="call",
    entry_point="partitions",
    difficulty="easy",
    tags=["dynamic-programming", "math", "recursion"],
    pattern="memoization",
    split="train",
    statement="""\
Return the number of ways to write `n` as a sum of positive integers, where the order of the parts does not
matter (`1+3` and `3+1` are the same way). For `n = 0` the answer is 1 (the empty sum).

**Example.** `n = 5` gives `7`: `5, 4+1, 3+2, 3+1+1, 2+2+1, 2+1+1+1, 1+1+1+1+1`.

**Constraints.** `0 <= n <= 60`.
""",
    starter_code="class Solution:\n    def partitions(self, n: int) -> int:\n",
)

EDGE_INPUTS = [[5], [0], [1], [2], [4], [12]]


def perf_inputs(rng):
    return [[40], [37]]


SOLUTIONS = [
    dict(name="memo-largest-part", correct=True, time="fast", reference=True,
         note="Count by (remaining, largest part allowed); the same pairs recur, so caching makes it O(n^2).",
         code='''\
from functools import lru_cache

class Solution:
    def partitions(self, n):
        @lru_cache(maxsize=None)
        def count(rest, most):
            if rest == 0:
                return 1
            if most == 0:
                return 0
            total = count(rest, most - 1)
            if most <= rest:
                total += count(rest - most, most)
            return total
        return count(n, n)
'''),
    dict(name="coin-style-table", correct=True, time="fast",
         note="Add the part sizes one at a time to a table of counts, O(n^2) with no recursion.",
         code='''\
class Solution:
    def partitions(self, n):
        ways = [1] + [0] * n
        for part in range(1, n + 1):
            for total in range(part, n + 1):
                ways[total] += ways[total - part]
        return ways[n]
'''),
    dict(name="plain-recursion", correct=True, time="slow",
         note="The same (remaining, largest part) pairs are recounted from scratch every time: exponential calls.",
         code='''\
class Solution:
    def partitions(self, n):
        def count(rest, most):
            if rest == 0:
                return 1
            if most == 0:
                return 0
            total = count(rest, most - 1)
            if most <= rest:
                total += count(rest - most, most)
            return total
        return count(n, n)
'''),
    dict(name="parts-below-n", correct=False,
         note="Wrong: lets the parts go only up to n - 1, so the one-part sum `n` itself is never counted.",
         code='''\
class Solution:
    def partitions(self, n):
        ways = [1] + [0] * n
        for part in range(1, n):
            for total in range(part, n + 1):
                ways[total] += ways[total - part]
        return ways[n]
'''),
]
