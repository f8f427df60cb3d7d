PROBLEM = dict(
    problem_id="reverse-text-by-characters",
    title="Reverse a Text",
    io="call",
    entry_point="reverseText",
    difficulty="easy",
    tags=["string"],
    pattern="string-building",
    split="train",
    statement="""\
Return the string `s` written backwards, character by character.

**Example.** `s = "stressed"` gives `"desserts"`.

**Constraints.** `0 <= len(s) <= 10^5`, printable ASCII characters.
""",
    starter_code="class Solution:\n    def reverseText(self, s: str) -> str:\n",
)

EDGE_INPUTS = [
    ["stressed"],
    [""],
    ["a"],
    ["ab"],
    ["racecar"],
    ["a b!"],
]


def perf_inputs(rng):
    return [["".join(rng.choice("abcdefghijklmnopqrstuvwxyz ") for _ in range(80000))]]


SOLUTIONS = [
    dict(name="slice-step", correct=True, time="fast", reference=True,
         note="s[::-1] copies the characters once, in C: O(n).",
         code='''\
class Solution:
    def reverseText(self, s):
        return s[::-1]
'''),
    dict(name="prepend-each", correct=True, time="slow",
         note="`out = ch + out` builds a new string and copies all of out for every character: O(n^2).",
         code='''\
class Solution:
    def reverseText(self, s):
        out = ""
        for ch in s:
            out = ch + out
        return out
'''),
    dict(name="misses-first", correct=False,
         note="Wrong: the index loop stops at 1, so the first character is never copied.",
         code='''\
class Solution:
    def reverseText(self, s):
        return "".join(s[i] for i in range(len(s) - 1, 0, -1))
'''),
    dict(name="reversed-join", correct=True, time="fast",
         note="Walk the string backwards and join the characters once at the end: O(n).",
         code='''\
class Solution:
    def reverseText(self, s):
        return "".join(reversed(s))
'''),
]
