PROBLEM = dict(
    problem_id="even-letter-spread",
    title="Every Letter Equally Often",
    io="call",
    entry_point="equallyOften",
    difficulty="easy",
    tags=["string", "counting"],
    pattern="count-in-loop",
    split="test",
    statement="""\
Return `True` if every character that occurs in `s` occurs the same number of times, else `False`.
The empty string counts as `True`.

**Example.** `s = "abcabc"` gives `True`; `s = "aabbbc"` gives `False`.

**Constraints.** `0 <= len(s) <= 10^5`; `s` holds printable characters.
""",
    starter_code="class Solution:\n    def equallyOften(self, s: str) -> bool:\n",
)

EDGE_INPUTS = [
    ["abcabc"],
    ["aabbbc"],
    [""],
    ["q"],
    ["aabbcc"],
    ["aaabbbccd"],
    ["aabbbbcc"],
]


def perf_inputs(rng):
    alphabet = [chr(c) for c in range(0x3400, 0x3400 + 1500)]
    chars = alphabet * 6
    rng.shuffle(chars)
    return [["".join(chars)]]


SOLUTIONS = [
    dict(name="counter-values", correct=True, time="fast", reference=True,
         note="Count every character once with a Counter; all counts are equal when their set has one element: O(n).",
         code='''\
from collections import Counter

class Solution:
    def equallyOften(self, s):
        return len(set(Counter(s).values())) <= 1
'''),
    dict(name="count-per-position", correct=True, time="slow",
         note="s.count(c) for every character of s rescans the whole string each time: O(n^2).",
         code='''\
class Solution:
    def equallyOften(self, s):
        if not s:
            return True
        target = s.count(s[0])
        for c in s:
            if s.count(c) != target:
                return False
        return True
'''),
    dict(name="dict-values", correct=True, time="fast",
         note="A dict of counts filled in one loop, then one comparison per distinct character: O(n).",
         code='''\
class Solution:
    def equallyOften(self, s):
        counts = {}
        for c in s:
            counts[c] = counts.get(c, 0) + 1
        values = list(counts.values())
        return all(v == values[0] for v in values)
'''),
    dict(name="length-divides", correct=False,
         note="Wrong: that the length divides by the number of distinct characters does not make the counts equal.",
         code='''\
class Solution:
    def equallyOften(self, s):
        return not s or len(s) % len(set(s)) == 0
'''),
]
