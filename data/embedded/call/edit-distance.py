PROBLEM = dict(
    problem_id="edit-distance",
    title="Edit Distance",
    io="call",
    entry_point="minEditDistance",
    difficulty="hard",
    tags=["string", "dynamic-programming"],
    split="train",
    statement="""\
You may change a string one character at a time: **insert** a character anywhere, **delete** a character, or
**replace** a character by another one. Each of these operations costs 1.

Given two strings `a` and `b`, return the smallest number of operations that turns `a` into `b`.

**Example.** `a = "winter"`, `b = "writer"` gives `2`: insert `r` after the `w` (`"wrinter"`), then delete
the `n`. No single operation can do it, since the two words differ in more than one place.

**Constraints.** `0 <= len(a), len(b) <= 650`; both strings consist of lowercase English letters.
""",
    starter_code="class Solution:\n    def minEditDistance(self, a: str, b: str) -> int:\n",
)

EDGE_INPUTS = [
    ["winter", "writer"],
    ["", ""],
    ["", "abc"],
    ["abcd", ""],
    ["same", "same"],
    ["abc", "xyz"],
    ["aaaa", "aa"],
    ["python", "typhoon"],
]


def perf_inputs(rng):
    def rand_word(n, alphabet):
        return "".join(rng.choice(alphabet) for _ in range(n))

    unrelated = [rand_word(600, "acgt"), rand_word(580, "acgt")]
    base = rand_word(600, "abcdefghij")
    chars = list(base)
    for _ in range(60):                      # about 10% random edits
        op, pos = rng.randrange(3), rng.randrange(len(chars))
        if op == 0:
            chars.insert(pos, rng.choice("abcdefghij"))
        elif op == 1 and len(chars) > 1:
            del chars[pos]
        else:
            chars[pos] = rng.choice("abcdefghij")
    return [unrelated, [base, "".join(chars)]]


SOLUTIONS = [
    dict(name="rolling-rows", correct=True, time="medium", memory="lean", reference=True,
         note="O(n*m) time, O(m) memory: only the previous and the current DP row are kept.",
         code='''\
class Solution:
    def minEditDistance(self, a, b):
        prev = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            cur = [i] + [0] * len(b)
            for j, cb in enumerate(b, 1):
                if ca == cb:
                    cur[j] = prev[j - 1]
                else:
                    cur[j] = 1 + min(prev[j - 1], prev[j], cur[j - 1])
            prev = cur
        return prev[-1]
'''),
    dict(name="full-table", correct=True, time="medium", memory="hungry",
         note="O(n*m) time and memory: the textbook (n+1) x (m+1) table.",
         code='''\
class Solution:
    def minEditDistance(self, a, b):
        n, m = len(a), len(b)
        dp = [[0] * (m + 1) for _ in range(n + 1)]
        for i in range(n + 1):
            dp[i][0] = i
        for j in range(m + 1):
            dp[0][j] = j
        for i in range(1, n + 1):
            for j in range(1, m + 1):
                if a[i - 1] == b[j - 1]:
                    dp[i][j] = dp[i - 1][j - 1]
                else:
                    dp[i][j] = 1 + min(dp[i - 1][j - 1], dp[i - 1][j], dp[i][j - 1])
        return dp[n][m]
'''),
    dict(name="bit-parallel", correct=True, time="fast", memory="lean",
         note="O(m * n/64) time: Myers/Hyyro bit-vector algorithm, one column of the DP per big-int step.",
         code='''\
class Solution:
    def minEditDistance(self, a, b):
        m = len(a)
        if m == 0:
            return len(b)
        peq = {}
        for i, c in enumerate(a):
            peq[c] = peq.get(c, 0) | (1 << i)
        full = (1 << m) - 1
        top = 1 << (m - 1)
        pv, mv, score = full, 0, m
        for c in b:
            eq = peq.get(c, 0)
            xv = eq | mv
            xh = (((eq & pv) + pv) ^ pv) | eq
            ph = mv | ~(xh | pv)
            mh = pv & xh
            if ph & top:
                score += 1
            elif mh & top:
                score -= 1
            ph = (ph << 1) | 1
            mh <<= 1
            pv = (mh | ~(xv | ph)) & full
            mv = ph & xv & full
        return score
'''),
    dict(name="lru-cache-recursion", correct=True, time="slow", memory="hungry",
         note="O(n*m) states through a memoised recursion: a cache entry and several calls per state.",
         code='''\
from functools import lru_cache

class Solution:
    def minEditDistance(self, a, b):
        @lru_cache(maxsize=None)
        def go(i, j):
            if i == len(a):
                return len(b) - j
            if j == len(b):
                return len(a) - i
            if a[i] == b[j]:
                return go(i + 1, j + 1)
            return 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))
        return go(0, 0)
'''),
    dict(name="slicing-recursion", correct=True, time="slow", memory="hungry",
         note="O(n*m*(n+m)) time: memo keyed by the remaining lengths, but every call copies suffixes by slicing.",
         code='''\
class Solution:
    def minEditDistance(self, a, b):
        memo = {}

        def dist(s, t):
            key = (len(s), len(t))
            if key in memo:
                return memo[key]
            if not s:
                res = len(t)
            elif not t:
                res = len(s)
            elif s[0] == t[0]:
                res = dist(s[1:], t[1:])
            else:
                res = 1 + min(dist(s[1:], t), dist(s, t[1:]), dist(s[1:], t[1:]))
            memo[key] = res
            return res

        return dist(a, b)
'''),
    dict(name="doubling-band", correct=True, time="medium", memory="lean",
         note="O(n*d) for distance d: DP limited to a diagonal band, the band width doubled until it is wide enough.",
         code='''\
class Solution:
    def minEditDistance(self, a, b):
        n, m = len(a), len(b)
        if n == 0 or m == 0:
            return n + m
        big = n + m + 1
        width = max(1, abs(n - m))
        while True:
            prev = [j if j <= width else big for j in range(m + 1)]
            for i in range(1, n + 1):
                lo, hi = max(1, i - width), min(m, i + width)
                cur = [big] * (m + 1)
                if i <= width:
                    cur[0] = i
                ca = a[i - 1]
                for j in range(lo, hi + 1):
                    if ca == b[j - 1]:
                        cur[j] = prev[j - 1]
                    else:
                        cur[j] = 1 + min(prev[j - 1], prev[j], cur[j - 1])
                prev = cur
            if prev[m] <= width:
                return prev[m]
            width *= 2
'''),
    dict(name="no-replace", correct=False,
         note="Wrong: only insertions and deletions (n + m - 2*LCS), so a replacement is counted as 2.",
         code='''\
class Solution:
    def minEditDistance(self, a, b):
        prev = [0] * (len(b) + 1)
        for ca in a:
            cur = [0]
            for j, cb in enumerate(b, 1):
                cur.append(prev[j - 1] + 1 if ca == cb else max(prev[j], cur[-1]))
            prev = cur
        return len(a) + len(b) - 2 * prev[-1]
'''),
]
