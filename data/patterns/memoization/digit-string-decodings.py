PROBLEM = dict(
    problem_id="digit-string-decodings",
    title="Decode a Digit String",
    io="call",
    entry_point="numDecodings",
    difficulty="easy",
    tags=["dynamic-programming", "string", "recursion"],
    pattern="memoization",
    split="train",
    statement="""\
The letters A..Z are encoded as the numbers 1..26 written without separators. Given the digit string `s`,
return how many letter strings encode to it (a code never has a leading zero, so "06" is not a letter).

**Example.** `s = "1213"` gives `5`: 1-2-1-3, 12-1-3, 1-21-3, 1-2-13, 12-13.

**Constraints.** `0 <= len(s) <= 40`, `s` is made of digits; an empty `s` has one decoding.
""",
    starter_code="class Solution:\n    def numDecodings(self, s: str) -> int:\n",
)

EDGE_INPUTS = [["1213"], [""], ["0"], ["10"], ["27"], ["100"], ["2626"], ["301"]]


def perf_inputs(rng):
    return [["1" * 23], ["".join(rng.choice("12") for _ in range(22))]]


SOLUTIONS = [
    dict(name="memo-index", correct=True, time="fast", reference=True,
         note="The count from position i onward depends only on i; caching it makes the work O(len(s)).",
         code='''\
from functools import lru_cache

class Solution:
    def numDecodings(self, s):
        @lru_cache(maxsize=None)
        def ways(i):
            if i == len(s):
                return 1
            if s[i] == "0":
                return 0
            total = ways(i + 1)
            if i + 1 < len(s) and int(s[i:i + 2]) <= 26:
                total += ways(i + 2)
            return total
        return ways(0)
'''),
    dict(name="backward-table", correct=True, time="fast",
         note="Fill the counts from the end of the string backwards, each from the next one or two: O(len(s)).",
         code='''\
class Solution:
    def numDecodings(self, s):
        n = len(s)
        ways = [0] * (n + 1)
        ways[n] = 1
        for i in range(n - 1, -1, -1):
            if s[i] != "0":
                ways[i] = ways[i + 1]
                if i + 1 < n and int(s[i:i + 2]) <= 26:
                    ways[i] += ways[i + 2]
        return ways[0]
'''),
    dict(name="plain-recursion", correct=True, time="slow",
         note="Plain recursion re-solves the same suffixes again and again: Fibonacci-many calls on a run of 1s.",
         code='''\
class Solution:
    def numDecodings(self, s):
        if s == "":
            return 1
        if s[0] == "0":
            return 0
        total = self.numDecodings(s[1:])
        if len(s) >= 2 and int(s[:2]) <= 26:
            total += self.numDecodings(s[2:])
        return total
'''),
    dict(name="ignores-leading-zero", correct=False,
         note="Wrong: accepts a two-digit code starting with 0 (like 06) and a lone 0, overcounting.",
         code='''\
class Solution:
    def numDecodings(self, s):
        n = len(s)
        ways = [0] * (n + 1)
        ways[n] = 1
        for i in range(n - 1, -1, -1):
            ways[i] = ways[i + 1]
            if i + 1 < n and int(s[i:i + 2]) <= 26:
                ways[i] += ways[i + 2]
        return ways[0]
'''),
]
