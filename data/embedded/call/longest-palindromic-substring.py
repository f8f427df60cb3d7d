PROBLEM = dict(
    problem_id="longest-palindromic-substring",
    title="Longest Palindromic Substring",
    io="call",
    entry_point="longestPalindrome",
    difficulty="medium",
    tags=["string", "dynamic-programming", "two-pointers"],
    split="test",
    statement="""\
A *palindrome* reads the same forwards and backwards. Given a non-empty string `s`, return its longest
contiguous substring that is a palindrome. If several substrings share the maximum length, return the one that
starts **leftmost** in `s`.

**Example.** `s = "xabacabay"` gives `"abacaba"`. For `s = "abcd"` every single letter is a longest
palindrome, so the answer is `"a"`.

**Constraints.** `1 <= len(s) <= 1500`; `s` consists of lowercase English letters.
""",
    starter_code="class Solution:\n    def longestPalindrome(self, s: str) -> str:\n",
)

EDGE_INPUTS = [
    ["xabacabay"],
    ["abcd"],
    ["z"],
    ["abba"],
    ["aaaa"],
    ["abaxyzzyxf"],
    ["cbbdeffe"],
    ["abacdcab"],
]


def perf_inputs(rng):
    n = 1500
    random_ab = "".join(rng.choice("ab") for _ in range(n))
    chars = ["a"] * n                         # long runs of one letter: many long palindromes
    for _ in range(12):
        chars[rng.randrange(n)] = rng.choice("bc")
    core = "".join(rng.choice("xyz") for _ in range(200))
    planted = "".join(rng.choice("abc") for _ in range(550)) + core + core[::-1] + \
        "".join(rng.choice("abc") for _ in range(n - 950))
    return [[random_ab], ["".join(chars)], [planted]]


SOLUTIONS = [
    dict(name="expand-around-center", correct=True, time="fast", memory="lean", reference=True,
         note="O(n^2) worst case (long runs of one letter), near O(n) on random text; O(1) extra memory.",
         code='''\
class Solution:
    def longestPalindrome(self, s):
        n = len(s)
        best_lo, best_len = 0, 1
        for center in range(2 * n - 1):
            lo, hi = center // 2, center // 2 + center % 2
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > best_len:
                best_lo, best_len = lo + 1, hi - lo - 1
        return s[best_lo:best_lo + best_len]
'''),
    dict(name="manacher", correct=True, time="fast", memory="lean",
         note="O(n) time: Manacher's algorithm on the string with separators between the letters.",
         code='''\
class Solution:
    def longestPalindrome(self, s):
        t = "^#" + "#".join(s) + "#$"
        radius = [0] * len(t)
        center = right = 0
        for i in range(1, len(t) - 1):
            if i < right:
                radius[i] = min(right - i, radius[2 * center - i])
            while t[i + radius[i] + 1] == t[i - radius[i] - 1]:
                radius[i] += 1
            if i + radius[i] > right:
                center, right = i, i + radius[i]
        best = max(radius)
        i = radius.index(best)              # first maximum = leftmost start
        start = (i - best) // 2
        return s[start:start + best]
'''),
    dict(name="dp-table", correct=True, time="slow", memory="hungry",
         note="O(n^2) time and memory: is_pal[i][j] filled by increasing length.",
         code='''\
class Solution:
    def longestPalindrome(self, s):
        n = len(s)
        is_pal = [[False] * n for _ in range(n)]
        best_lo, best_len = 0, 1
        for i in range(n):
            is_pal[i][i] = True
        for length in range(2, n + 1):
            for i in range(n - length + 1):
                j = i + length - 1
                if s[i] == s[j] and (length == 2 or is_pal[i + 1][j - 1]):
                    is_pal[i][j] = True
                    if length > best_len:
                        best_lo, best_len = i, length
        return s[best_lo:best_lo + best_len]
'''),
    dict(name="longest-first-slices", correct=True, time="slow", memory="lean",
         note="O(n^3) worst case: tries every window from the longest down and compares it with its reverse.",
         code='''\
class Solution:
    def longestPalindrome(self, s):
        n = len(s)
        for length in range(n, 0, -1):
            for start in range(n - length + 1):
                piece = s[start:start + length]
                if piece == piece[::-1]:
                    return piece
        return ""
'''),
    dict(name="hash-binary-search", correct=True, time="medium", memory="medium",
         note="O(n log n): binary search on odd and even lengths separately, windows checked with rolling hashes.",
         code='''\
class Solution:
    def longestPalindrome(self, s):
        n = len(s)
        MOD, B = (1 << 61) - 1, 131
        fwd, bwd, pw = [0] * (n + 1), [0] * (n + 1), [1] * (n + 1)
        r = s[::-1]
        for i in range(n):
            fwd[i + 1] = (fwd[i] * B + ord(s[i])) % MOD
            bwd[i + 1] = (bwd[i] * B + ord(r[i])) % MOD
            pw[i + 1] = pw[i] * B % MOD

        def find(length):                   # leftmost start of a palindrome of this length, or -1
            for i in range(n - length + 1):
                h1 = (fwd[i + length] - fwd[i] * pw[length]) % MOD
                j = n - i - length
                h2 = (bwd[j + length] - bwd[j] * pw[length]) % MOD
                if h1 == h2 and s[i:i + length] == s[i:i + length][::-1]:
                    return i
            return -1

        best_lo, best_len = 0, 1
        for parity in (1, 2):
            lo, hi = 0, (n - parity) // 2       # lengths parity + 2k
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if find(parity + 2 * mid) >= 0:
                    lo = mid
                else:
                    hi = mid - 1
            length = parity + 2 * lo
            start = find(length)
            if start >= 0 and (length > best_len or (length == best_len and start < best_lo)):
                best_lo, best_len = start, length
        return s[best_lo:best_lo + best_len]
'''),
    dict(name="center-palindrome-list", correct=True, time="medium", memory="hungry",
         note="O(n^2) worst case: records every palindrome found while expanding, then picks the best.",
         code='''\
class Solution:
    def longestPalindrome(self, s):
        n = len(s)
        found = []                          # (length, -start) of every palindrome seen
        for mid in range(n):
            for lo, hi in ((mid, mid), (mid, mid + 1)):
                while lo >= 0 and hi < n and s[lo] == s[hi]:
                    found.append((hi - lo + 1, -lo))
                    lo -= 1
                    hi += 1
        length, neg_start = max(found)
        return s[-neg_start:-neg_start + length]
'''),
    dict(name="odd-centers-only", correct=False,
         note="Wrong: only expands around single letters, so even-length palindromes such as 'abba' are missed.",
         code='''\
class Solution:
    def longestPalindrome(self, s):
        best = s[0]
        for mid in range(len(s)):
            lo = hi = mid
            while lo > 0 and hi < len(s) - 1 and s[lo - 1] == s[hi + 1]:
                lo -= 1
                hi += 1
            if hi - lo + 1 > len(best):
                best = s[lo:hi + 1]
        return best
'''),
]
