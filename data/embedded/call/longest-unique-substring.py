PROBLEM = dict(
    problem_id="longest-unique-substring",
    title="Longest Substring With Distinct Characters",
    io="call",
    entry_point="longestUniqueSubstring",
    difficulty="medium",
    tags=["string", "sliding-window", "hash-table"],
    split="train",
    statement="""\
Given a string `s`, return the length of the longest contiguous piece of `s` in which no character occurs twice.
The empty string has answer `0`. Characters are compared exactly (`"a"` and `"A"` are different, and the space
is a character like any other).

**Example.** `s = "kayak race"` gives `6`: the piece `"k race"` (k, space, r, a, c, e) has six distinct
characters, and every piece of length seven repeats some character (for instance `"ak race"` contains `a` twice).

**Constraints.** `0 <= len(s) <= 60000`; `s` consists of printable ASCII characters (codes 32 to 126).
""",
    starter_code="class Solution:\n    def longestUniqueSubstring(self, s: str) -> int:\n",
)

EDGE_INPUTS = [
    ["kayak race"],
    [""],
    ["z"],
    ["qqqqqq"],
    ["abba"],
    ["tmmzuxt"],
    ["a b c"],
    ["AaBbCcAa!"],
]


def perf_inputs(rng):
    alphabet = [chr(c) for c in range(32, 127)]
    # Back-to-back shuffles of the whole alphabet with a little noise: every start has a long distinct run.
    chunks = []
    while sum(map(len, chunks)) < 60000:
        perm = alphabet[:]
        rng.shuffle(perm)
        perm[rng.randrange(len(perm))] = rng.choice(alphabet)
        chunks.append("".join(perm))
    shuffled = "".join(chunks)[:60000]
    letters = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(15000))
    return [[shuffled], [letters]]


SOLUTIONS = [
    dict(name="last-seen-window", correct=True, time="fast", memory="lean", reference=True,
         note="O(n) time, O(alphabet) memory: the window start jumps past the previous occurrence of each char.",
         code='''\
class Solution:
    def longestUniqueSubstring(self, s):
        last = {}
        start = best = 0
        for i, ch in enumerate(s):
            if last.get(ch, -1) >= start:
                start = last[ch] + 1
            last[ch] = i
            if i - start + 1 > best:
                best = i - start + 1
        return best
'''),
    dict(name="set-shrink-window", correct=True, time="medium", memory="lean",
         note="O(n) time, O(alphabet) memory: a set of window chars, drop from the left until the new char fits.",
         code='''\
class Solution:
    def longestUniqueSubstring(self, s):
        window = set()
        left = best = 0
        for ch in s:
            while ch in window:
                window.discard(s[left])
                left += 1
            window.add(ch)
            best = max(best, len(window))
        return best
'''),
    dict(name="ascii-table", correct=True, time="fast", memory="lean",
         note="O(n) time, O(1) memory: a fixed list of 128 last positions instead of a dict.",
         code='''\
class Solution:
    def longestUniqueSubstring(self, s):
        pos = [-1] * 128
        lo, best = -1, 0
        for i, c in enumerate(map(ord, s)):
            if pos[c] > lo:
                lo = pos[c]
            pos[c] = i
            best = max(best, i - lo)
        return best
'''),
    dict(name="collect-windows", correct=True, time="medium", memory="hungry",
         note="O(n) window moves, but keeps the best window ending at every position as a substring "
              "(O(n * k) memory), then measures them all.",
         code='''\
class Solution:
    def longestUniqueSubstring(self, s):
        last = {}
        windows = []
        start = 0
        for i, ch in enumerate(s):
            start = max(start, last.get(ch, -1) + 1)
            last[ch] = i
            windows.append(s[start:i + 1])
        return max(map(len, windows), default=0)
'''),
    dict(name="substring-contains", correct=True, time="slow", memory="lean",
         note="O(n * k^2) character checks but done by str.__contains__ in C: grow each start until s[j] is "
              "already in the slice.",
         code='''\
class Solution:
    def longestUniqueSubstring(self, s):
        best = 0
        n = len(s)
        for i in range(n):
            j = i
            while j < n and s[j] not in s[i:j]:
                j += 1
            best = max(best, j - i)
        return best
'''),
    dict(name="grow-from-every-start", correct=True, time="slow", memory="lean",
         note="O(n * k) time with k the longest distinct run: a fresh set for every start.",
         code='''\
class Solution:
    def longestUniqueSubstring(self, s):
        best = 0
        for i in range(len(s)):
            seen = set()
            for ch in s[i:]:
                if ch in seen:
                    break
                seen.add(ch)
            best = max(best, len(seen))
        return best
'''),
    dict(name="grow-with-counter", correct=True, time="slow", memory="lean",
         note="O(n * k) time: for every start, a Counter of the run until some count reaches two.",
         code='''\
from collections import Counter

class Solution:
    def longestUniqueSubstring(self, s):
        best = 0
        n = len(s)
        for i in range(n):
            counts = Counter()
            j = i
            while j < n:
                counts[s[j]] += 1
                if counts[s[j]] > 1:
                    break
                j += 1
            best = max(best, j - i)
        return best
'''),
    dict(name="jump-without-max", correct=False,
         note="Wrong: moves the window start to last[ch] + 1 even when that occurrence is already left of the "
              "window, so the start can move backwards ('abba' gives 3).",
         code='''\
class Solution:
    def longestUniqueSubstring(self, s):
        last = {}
        start = best = 0
        for i, ch in enumerate(s):
            if ch in last:
                start = last[ch] + 1
            last[ch] = i
            best = max(best, i - start + 1)
        return best
'''),
]
