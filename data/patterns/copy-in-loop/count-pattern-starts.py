PROBLEM = dict(
    problem_id="count-pattern-starts",
    title="Count Where a Pattern Starts",
    io="call",
    entry_point="countStarts",
    difficulty="easy",
    tags=["string"],
    pattern="copy-in-loop",
    split="train",
    statement="""\
Return the number of indices `i` at which the string `pat` occurs in `text` starting at `i` (occurrences may
overlap). `pat` is non-empty.

**Example.** `text = "abababa"`, `pat = "aba"` gives `3` (at 0, 2 and 4).

**Constraints.** `0 <= len(text) <= 4 * 10^4`, `1 <= len(pat) <= 10`; any characters.
""",
    starter_code="class Solution:\n    def countStarts(self, text: str, pat: str) -> int:\n",
)

EDGE_INPUTS = [
    ["abababa", "aba"],
    ["", "a"],
    ["a", "a"],
    ["aaaa", "aa"],
    ["abc", "abcd"],
    ["xyzxyz", "z"],
]


def perf_inputs(rng):
    # characters outside the BMP take 4 bytes each, so every copied tail is as large as it can be
    a, b = "\U0001F600", "\U0001F601"
    text = "".join(rng.choice((a, b)) for _ in range(34000))
    return [[text, a + b + b + a]]


SOLUTIONS = [
    dict(name="find-from-last", correct=True, time="fast", reference=True,
         note="text.find(pat, i + 1) jumps straight to the next occurrence inside C without copying anything: "
              "O(n) plus the matches.",
         code='''\
class Solution:
    def countStarts(self, text, pat):
        count = 0
        i = text.find(pat)
        while i != -1:
            count += 1
            i = text.find(pat, i + 1)
        return count
'''),
    dict(name="startswith-at", correct=True, time="fast",
         note="text.startswith(pat, i) compares in place without copying the tail: O(n * len(pat)).",
         code='''\
class Solution:
    def countStarts(self, text, pat):
        return sum(1 for i in range(len(text)) if text.startswith(pat, i))
'''),
    dict(name="tail-copy", correct=True, time="slow",
         note="text[i:] copies the whole rest of the text at every index before testing it: O(n^2).",
         code='''\
class Solution:
    def countStarts(self, text, pat):
        count = 0
        for i in range(len(text)):
            if text[i:].startswith(pat):
                count += 1
        return count
'''),
    dict(name="non-overlapping", correct=False,
         note="Wrong: str.count counts non-overlapping occurrences only.",
         code='''\
class Solution:
    def countStarts(self, text, pat):
        return text.count(pat)
'''),
]
