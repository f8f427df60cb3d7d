PROBLEM = dict(
    problem_id="dictionary-split-ways",
    title="Ways to Cut a Phrase Into Words",
    io="call",
    entry_point="splitWays",
    difficulty="easy",
    tags=["dynamic-programming", "string", "recursion"],
    pattern="memoization",
    split="test",
    statement="""\
Count the ways to cut the string `s` into consecutive pieces so that every piece is one of the strings in
`words` (a word may be used any number of times). The empty string has exactly one way.

**Example.** `s = "catsand"`, `words = ["cat", "cats", "s", "and", "sand"]` gives `3`: cat|sand, cat|s|and, cats|and.

**Constraints.** `0 <= len(s) <= 40`, `1 <= len(words) <= 20`, words are distinct and non-empty.
""",
    starter_code="class Solution:\n    def splitWays(self, s: str, words: List[str]) -> int:\n",
)

EDGE_INPUTS = [
    ["catsand", ["cat", "cats", "s", "and", "sand"]],
    ["", ["a"]],
    ["b", ["a"]],
    ["aaa", ["a", "aa"]],
    ["abab", ["ab", "ba", "a", "b"]],
    ["xyz", ["xy", "yz"]],
]


def perf_inputs(rng):
    return [["a" * 18, ["a", "aa", "aaa"]], ["ab" * 9, ["a", "b", "ab", "ba", "aba"]]]


SOLUTIONS = [
    dict(name="memo-start-index", correct=True, time="fast", reference=True,
         note="The count of cuts of a suffix depends only on where it starts; caching it makes it O(len(s) * words).",
         code='''\
from functools import lru_cache

class Solution:
    def splitWays(self, s, words):
        @lru_cache(maxsize=None)
        def ways(i):
            if i == len(s):
                return 1
            return sum(ways(i + len(w)) for w in words if s.startswith(w, i))
        return ways(0)
'''),
    dict(name="prefix-table", correct=True, time="fast",
         note="Bottom-up over prefixes: ways[i] sums ways[i - len(w)] for each word that ends at i.",
         code='''\
class Solution:
    def splitWays(self, s, words):
        ways = [1] + [0] * len(s)
        for i in range(1, len(s) + 1):
            for w in words:
                if len(w) <= i and s[i - len(w):i] == w:
                    ways[i] += ways[i - len(w)]
        return ways[len(s)]
'''),
    dict(name="plain-recursion", correct=True, time="slow",
         note="Plain recursion re-cuts the same suffix for every way of reaching it, so the work grows with the answer.",
         code='''\
class Solution:
    def splitWays(self, s, words):
        if s == "":
            return 1
        total = 0
        for w in words:
            if s.startswith(w):
                total += self.splitWays(s[len(w):], words)
        return total
'''),
    dict(name="yes-no-only", correct=False,
         note="Wrong: stops at the first cut that works and returns 1, so it answers whether a cut exists, not how many.",
         code='''\
class Solution:
    def splitWays(self, s, words):
        ok = [True] + [False] * len(s)
        for i in range(1, len(s) + 1):
            ok[i] = any(len(w) <= i and ok[i - len(w)] and s[i - len(w):i] == w for w in words)
        return 1 if ok[len(s)] else 0
'''),
]
