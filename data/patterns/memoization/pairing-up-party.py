PROBLEM = dict(
    problem_id="pairing-up-party",
    title="Guests Who Pair Up or Stay Solo",
    io="call",
    entry_point="arrangements",
    difficulty="easy",
    tags=["dynamic-programming", "combinatorics", "recursion"],
    pattern="memoization",
    split="train",
    statement="""\
Each of `n` guests either stays alone or forms a pair with exactly one other guest. Return the number of
different ways to do this (which guests are paired together is all that matters).

**Example.** `n = 3` gives `4`: all alone, or one of the three possible pairs plus a lone guest.

**Constraints.** `0 <= n <= 40`.
""",
    starter_code="class Solution:\n    def arrangements(self, n: int) -> int:\n",
)

EDGE_INPUTS = [[3], [0], [1], [2], [4], [10]]


def perf_inputs(rng):
    return [[26], [24]]


SOLUTIONS = [
    dict(name="running-pair", correct=True, time="fast", reference=True,
         note="Guest n is alone (f(n-1) ways) or paired with one of n-1 others (f(n-2) each); two running values give O(n).",
         code='''\
class Solution:
    def arrangements(self, n):
        prev, cur = 1, 1
        for k in range(2, n + 1):
            prev, cur = cur, cur + (k - 1) * prev
        return cur
'''),
    dict(name="memo-recursion", correct=True, time="fast",
         note="The same recurrence with a cache, so each group size is solved once: O(n).",
         code='''\
from functools import lru_cache

class Solution:
    def arrangements(self, n):
        @lru_cache(maxsize=None)
        def f(k):
            if k <= 1:
                return 1
            return f(k - 1) + (k - 1) * f(k - 2)
        return f(n)
'''),
    dict(name="plain-recursion", correct=True, time="slow",
         note="The recurrence without a cache recomputes smaller group sizes Fibonacci-many times.",
         code='''\
class Solution:
    def arrangements(self, n):
        if n <= 1:
            return 1
        return self.arrangements(n - 1) + (n - 1) * self.arrangements(n - 2)
'''),
    dict(name="partner-count-off", correct=False,
         note="Wrong: multiplies by n instead of n - 1, as if a guest could pair with themselves.",
         code='''\
class Solution:
    def arrangements(self, n):
        prev, cur = 1, 1
        for k in range(2, n + 1):
            prev, cur = cur, cur + k * prev
        return cur
'''),
]
