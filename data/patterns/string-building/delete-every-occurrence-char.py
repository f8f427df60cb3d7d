PROBLEM = dict(
    problem_id="delete-every-occurrence-char",
    title="Delete Every Occurrence of a Character",
    io="call",
    entry_point="deleteChar",
    difficulty="easy",
    tags=["string"],
    pattern="string-building",
    split="train",
    statement="""\
Return `s` with every occurrence of the character `c` removed; the other characters keep their order.

**Example.** `s = "bookkeeper"`, `c = "e"` gives `"bookkpr"`.

**Constraints.** `0 <= len(s) <= 10^5`, `c` is a single character.
""",
    starter_code="class Solution:\n    def deleteChar(self, s: str, c: str) -> str:\n",
)

EDGE_INPUTS = [
    ["bookkeeper", "e"],
    ["", "a"],
    ["a", "a"],
    ["aaaa", "a"],
    ["abc", "z"],
    ["xaax", "a"],
]


def perf_inputs(rng):
    return [["".join(rng.choice("abcee") for _ in range(60000)), "e"]]


SOLUTIONS = [
    dict(name="str-replace", correct=True, time="fast", reference=True,
         note="str.replace builds the result in one C pass: O(n).",
         code='''\
class Solution:
    def deleteChar(self, s, c):
        return s.replace(c, "")
'''),
    dict(name="slice-out", correct=True, time="slow",
         note="`s = s[:i] + s[i+1:]` copies the whole string for every deleted character: O(n * deletions).",
         code='''\
class Solution:
    def deleteChar(self, s, c):
        i = 0
        while i < len(s):
            if s[i] == c:
                s = s[:i] + s[i + 1:]
            else:
                i += 1
        return s
'''),
    dict(name="skips-neighbours", correct=False,
         note="Wrong: moves on after every deletion, so the second of two adjacent c's survives.",
         code='''\
class Solution:
    def deleteChar(self, s, c):
        out = list(s)
        i = 0
        while i < len(out):
            if out[i] == c:
                del out[i]
            i += 1
        return "".join(out)
'''),
    dict(name="keep-join", correct=True, time="fast",
         note="Keep the other characters and join them once: O(n), a single pass.",
         code='''\
class Solution:
    def deleteChar(self, s, c):
        return "".join(ch for ch in s if ch != c)
'''),
]
