PROBLEM = dict(
    problem_id="longest-common-subsequence",
    title="Longest Common Subsequence",
    io="call",
    entry_point="longestCommonSubsequence",
    difficulty="medium",
    tags=["string", "dynamic-programming"],
    split="test",
    statement="""\
A *subsequence* of a string is what remains after deleting any number of its characters (possibly none)
without reordering the others. Given two strings `a` and `b`, return the length of the longest string that is a
subsequence of both.

**Example.** `a = "planet"`, `b = "plantation"` gives `5`: `"plant"` can be read in order in both strings,
and nothing longer can, because `b` has no `e`, so at most five letters of `a` can be matched.

**Constraints.** `0 <= len(a), len(b) <= 700`; both strings consist of lowercase English letters.
""",
    starter_code="class Solution:\n    def longestCommonSubsequence(self, a: str, b: str) -> int:\n",
)

EDGE_INPUTS = [
    ["planet", "plantation"],
    ["chocolate", "cholesterol"],
    ["", "abc"],
    ["abc", ""],
    ["abc", "abc"],
    ["abc", "def"],
    ["aaaa", "aa"],
    ["xaybz", "abxyzb"],
]


def perf_inputs(rng):
    def word(n, alphabet):
        return "".join(rng.choice(alphabet) for _ in range(n))

    return [
        [word(700, "abcd"), word(680, "abcd")],
        [word(700, "abcdefghijklmnopqrstuvwxyz"), word(700, "abcdefghijklmnopqrstuvwxyz")],
    ]


SOLUTIONS = [
    dict(name="rolling-rows", correct=True, time="medium", memory="lean", reference=True,
         note="O(n*m) time, O(m) memory: the classic DP, keeping only two rows.",
         code='''\
class Solution:
    def longestCommonSubsequence(self, a, b):
        prev = [0] * (len(b) + 1)
        for ca in a:
            cur = [0] * (len(b) + 1)
            for j, cb in enumerate(b, 1):
                if ca == cb:
                    cur[j] = prev[j - 1] + 1
                else:
                    cur[j] = prev[j] if prev[j] > cur[j - 1] else cur[j - 1]
            prev = cur
        return prev[-1]
'''),
    dict(name="full-table", correct=True, time="medium", memory="hungry",
         note="O(n*m) time and memory: the whole (n+1) x (m+1) table is kept.",
         code='''\
class Solution:
    def longestCommonSubsequence(self, a, b):
        n, m = len(a), len(b)
        dp = [[0] * (m + 1) for _ in range(n + 1)]
        for i in range(1, n + 1):
            for j in range(1, m + 1):
                if a[i - 1] == b[j - 1]:
                    dp[i][j] = dp[i - 1][j - 1] + 1
                else:
                    dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])
        return dp[n][m]
'''),
    dict(name="bit-parallel", correct=True, time="fast", memory="lean",
         note="O(m * n/64): Allison-Dix / Hyyro bit-vector LCS, one big-int update per character of b.",
         code='''\
class Solution:
    def longestCommonSubsequence(self, a, b):
        if not a or not b:
            return 0
        masks = {}
        for i, c in enumerate(a):
            masks[c] = masks.get(c, 0) | (1 << i)
        full = (1 << len(a)) - 1
        s = full
        for c in b:
            u = s & masks.get(c, 0)
            s = ((s + u) | (s - u)) & full
        return len(a) - bin(s).count("1")
'''),
    dict(name="memo-recursion", correct=True, time="slow", memory="hungry",
         note="O(n*m) states through lru_cache recursion: call overhead plus a cache entry per state.",
         code='''\
from functools import lru_cache

class Solution:
    def longestCommonSubsequence(self, a, b):
        @lru_cache(maxsize=None)
        def best(i, j):
            if i == len(a) or j == len(b):
                return 0
            if a[i] == b[j]:
                return 1 + best(i + 1, j + 1)
            return max(best(i + 1, j), best(i, j + 1))
        return best(0, 0)
'''),
    dict(name="hunt-szymanski", correct=True, time="medium", memory="medium",
         note="O((n + r) log n) for r matching pairs: longest increasing run of match positions with bisect.",
         code='''\
from bisect import bisect_left
from collections import defaultdict

class Solution:
    def longestCommonSubsequence(self, a, b):
        where = defaultdict(list)
        for j in range(len(b) - 1, -1, -1):
            where[b[j]].append(j)          # positions in decreasing order
        tails = []
        for c in a:
            for j in where.get(c, ()):
                k = bisect_left(tails, j)
                if k == len(tails):
                    tails.append(j)
                else:
                    tails[k] = j
        return len(tails)
'''),
    dict(name="one-row-diagonal", correct=True, time="medium", memory="lean",
         note="O(n*m) time, a single row updated in place while the diagonal value is carried along.",
         code='''\
class Solution:
    def longestCommonSubsequence(self, a, b):
        if len(a) < len(b):
            a, b = b, a
        row = [0] * (len(b) + 1)
        for ca in a:
            diag = 0
            for j in range(1, len(b) + 1):
                up = row[j]
                if ca == b[j - 1]:
                    row[j] = diag + 1
                elif row[j - 1] > up:
                    row[j] = row[j - 1]
                diag = up
        return row[-1]
'''),
    dict(name="greedy-match", correct=False,
         note="Wrong: greedily matches each character of a at its next occurrence in b, which can skip better matches.",
         code='''\
class Solution:
    def longestCommonSubsequence(self, a, b):
        pos, count = 0, 0
        for c in a:
            k = b.find(c, pos)
            if k != -1:
                count += 1
                pos = k + 1
        return count
'''),
]
