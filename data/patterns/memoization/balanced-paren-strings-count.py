PROBLEM = dict(
    problem_id="balanced-paren-strings-count",
    title="Count Balanced Bracket Strings",
    io="call",
    entry_point="countBalanced",
    difficulty="easy",
    tags=["dynamic-programming", "combinatorics", "recursion"],
    pattern="memoization",
    split="train",
    statement="""\
Return how many strings of `n` opening and `n` closing round brackets are balanced (every prefix has at least
as many `(` as `)`).

**Example.** `n = 3` gives `5`: `((())), (()()), (())(), ()(()), ()()()`.

**Constraints.** `0 <= n <= 30`; for `n = 0` the empty string is the one balanced string.
""",
    starter_code="class Solution:\n    def countBalanced(self, n: int) -> int:\n",
)

EDGE_INPUTS = [[3], [0], [1], [2], [4], [8]]


def perf_inputs(rng):
    return [[11], [10]]


SOLUTIONS = [
    dict(name="memo-split", correct=True, time="fast", reference=True,
         note="Split at the bracket that closes the first `(`; caching each size's count makes it O(n^2).",
         code='''\
from functools import lru_cache

class Solution:
    def countBalanced(self, n):
        @lru_cache(maxsize=None)
        def count(k):
            if k == 0:
                return 1
            return sum(count(inside) * count(k - 1 - inside) for inside in range(k))
        return count(n)
'''),
    dict(name="table", correct=True, time="fast",
         note="The same split rule filled bottom-up in a list: O(n^2) and no recursion.",
         code='''\
class Solution:
    def countBalanced(self, n):
        c = [1] + [0] * n
        for k in range(1, n + 1):
            for inside in range(k):
                c[k] += c[inside] * c[k - 1 - inside]
        return c[n]
'''),
    dict(name="plain-split-recursion", correct=True, time="slow",
         note="The split recursion without a cache recomputes every smaller size many times: about 3^n calls.",
         code='''\
class Solution:
    def countBalanced(self, n):
        if n == 0:
            return 1
        total = 0
        for inside in range(n):
            total += self.countBalanced(inside) * self.countBalanced(n - 1 - inside)
        return total
'''),
    dict(name="powers-of-two", correct=False,
         note="Wrong: guesses 2^(n-1) from the first values (1 and 2 at n = 1, 2), but n = 3 already has 5 strings, not 4.",
         code='''\
class Solution:
    def countBalanced(self, n):
        return 1 if n == 0 else 2 ** (n - 1)
'''),
]
