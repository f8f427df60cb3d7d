PROBLEM = dict(
    problem_id="no-double-b-strings",
    title="Strings Without Two b's in a Row",
    io="call",
    entry_point="countStrings",
    difficulty="easy",
    tags=["dynamic-programming", "string", "recursion"],
    pattern="memoization",
    split="train",
    statement="""\
Count the strings of length `n` made of the letters `a` and `b` in which no two `b`s are next to each other.

**Example.** `n = 3` gives `5`: `aaa, aab, aba, baa, bab`.

**Constraints.** `0 <= n <= 40` (the empty string counts when `n = 0`).
""",
    starter_code="class Solution:\n    def countStrings(self, n: int) -> int:\n",
)

EDGE_INPUTS = [[3], [0], [1], [2], [5], [12]]


def perf_inputs(rng):
    return [[24], [22]]


SOLUTIONS = [
    dict(name="two-running-counts", correct=True, time="fast", reference=True,
         note="Keep two counts, strings ending in a and ending in b, and extend them one letter at a time: O(n).",
         code='''\
class Solution:
    def countStrings(self, n):
        end_a, end_b = 1, 0
        for _ in range(n):
            end_a, end_b = end_a + end_b, end_a
        return end_a + end_b
'''),
    dict(name="memo-recursion", correct=True, time="fast",
         note="Recursing on (length left, last letter was b) with a cache computes each state once: O(n).",
         code='''\
from functools import lru_cache

class Solution:
    def countStrings(self, n):
        @lru_cache(maxsize=None)
        def count(left, after_b):
            if left == 0:
                return 1
            total = count(left - 1, False)
            if not after_b:
                total += count(left - 1, True)
            return total
        return count(n, False)
'''),
    dict(name="plain-recursion", correct=True, time="slow",
         note="Plain recursion builds every valid string letter by letter, so its calls grow like the answer (~1.6^n).",
         code='''\
class Solution:
    def countStrings(self, n):
        def count(left, after_b):
            if left == 0:
                return 1
            total = count(left - 1, False)
            if not after_b:
                total += count(left - 1, True)
            return total
        return count(n, False)
'''),
    dict(name="fib-shifted", correct=False,
         note="Wrong: starts the Fibonacci recurrence one step late, so every length gets the previous length's count.",
         code='''\
class Solution:
    def countStrings(self, n):
        x, y = 1, 1
        for _ in range(n):
            x, y = y, x + y
        return x
'''),
]
