PROBLEM = dict(
    problem_id="dash-every-k-chars",
    title="A Dash Every k Characters",
    io="call",
    entry_point="addDashes",
    difficulty="easy",
    tags=["string"],
    pattern="string-building",
    split="train",
    statement="""\
Make the long code `code` readable: cut it into blocks of `k` characters from the left (the last block may be
shorter) and join the blocks with `"-"`.

**Example.** `code = "abcdefgh"`, `k = 3` gives `"abc-def-gh"`.

**Constraints.** `0 <= len(code) <= 3 * 10^5`, `1 <= k <= 100`.
""",
    starter_code="class Solution:\n    def addDashes(self, code: str, k: int) -> str:\n",
)

EDGE_INPUTS = [
    ["abcdefgh", 3],
    ["", 2],
    ["a", 1],
    ["abcdef", 3],
    ["abc", 5],
    ["abcd", 1],
]


def perf_inputs(rng):
    return [["".join(rng.choice("0123456789ABCDEF") for _ in range(200000)), 40]]


SOLUTIONS = [
    dict(name="slices-join", correct=True, time="fast", reference=True,
         note="Take the blocks as slices and join them once: O(n).",
         code='''\
class Solution:
    def addDashes(self, code, k):
        return "-".join(code[i:i + k] for i in range(0, len(code), k))
'''),
    dict(name="insert-by-slicing", correct=True, time="slow",
         note="`s = s[:i] + '-' + s[i:]` copies the whole string for every dash: O(n^2 / k).",
         code='''\
class Solution:
    def addDashes(self, code, k):
        s = code
        i = k
        while i < len(s):
            s = s[:i] + "-" + s[i:]
            i += k + 1
        return s
'''),
    dict(name="trailing-dash", correct=False,
         note="Wrong: adds a dash after every full block, so a length divisible by k ends with a dash.",
         code='''\
class Solution:
    def addDashes(self, code, k):
        parts = []
        for i in range(0, len(code), k):
            parts.append(code[i:i + k])
            if len(code[i:i + k]) == k:
                parts.append("-")
        return "".join(parts).replace("--", "-")
'''),
    dict(name="parts-loop", correct=True, time="fast",
         note="Append each block to a list in order and join with dashes once: O(n).",
         code='''\
class Solution:
    def addDashes(self, code, k):
        blocks = []
        for i in range(0, len(code), k):
            blocks.append(code[i:i + k])
        return "-".join(blocks)
'''),
]
