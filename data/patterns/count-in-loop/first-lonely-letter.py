PROBLEM = dict(
    problem_id="first-lonely-letter",
    title="First Letter That Never Repeats",
    io="call",
    entry_point="firstLonely",
    difficulty="easy",
    tags=["string", "counting"],
    pattern="count-in-loop",
    split="test",
    statement="""\
Return the index of the first character of `s` that occurs only once in `s`, or `-1` if every character repeats.

**Example.** `s = "swiss"` gives `1` (`w` is the first character that occurs once).

**Constraints.** `0 <= len(s) <= 10^5`; `s` holds printable characters.
""",
    starter_code="class Solution:\n    def firstLonely(self, s: str) -> int:\n",
)

EDGE_INPUTS = [
    ["swiss"],
    [""],
    ["z"],
    ["aabb"],
    ["aab"],
    ["abcabd"],
]


def perf_inputs(rng):
    # many repeated characters first, the lonely one near the end
    alphabet = [chr(c) for c in range(0x4E00, 0x4E00 + 4500)]
    body = [rng.choice(alphabet) for _ in range(4500)]
    body = body + body
    rng.shuffle(body)
    return [["".join(body) + "!"]]


SOLUTIONS = [
    dict(name="counter-scan", correct=True, time="fast", reference=True,
         note="Count every character once with a Counter, then return the first index whose count is 1: O(n).",
         code='''\
from collections import Counter

class Solution:
    def firstLonely(self, s):
        counts = Counter(s)
        for i, c in enumerate(s):
            if counts[c] == 1:
                return i
        return -1
'''),
    dict(name="count-per-char", correct=True, time="slow",
         note="s.count(c) at every position rescans the whole string: O(n^2) character comparisons.",
         code='''\
class Solution:
    def firstLonely(self, s):
        for i in range(len(s)):
            if s.count(s[i]) == 1:
                return i
        return -1
'''),
    dict(name="dict-scan", correct=True, time="fast",
         note="One pass fills a dict of counts, a second finds the first count of 1: O(n).",
         code='''\
class Solution:
    def firstLonely(self, s):
        counts = {}
        for c in s:
            counts[c] = counts.get(c, 0) + 1
        for i, c in enumerate(s):
            if counts[c] == 1:
                return i
        return -1
'''),
    dict(name="later-only", correct=False,
         note="Wrong: only looks for the character after position i, so the last copy of a repeated one counts.",
         code='''\
class Solution:
    def firstLonely(self, s):
        for i, c in enumerate(s):
            if c not in s[i + 1:]:
                return i
        return -1
'''),
]
