PROBLEM = dict(
    problem_id="first-position-of-codes",
    title="First Position of Each Three-Letter Code",
    io="call",
    entry_point="firstPositions",
    difficulty="easy",
    tags=["string", "hash-table"],
    pattern="index-in-loop",
    split="train",
    statement="""\
`text` is a string of letters and every entry of `codes` has exactly 3 letters. For each code, return the first
index where it occurs in `text` (occurrences may overlap), or `-1` if it never occurs.

**Example.** `text = "abcabd"`, `codes = ["cab", "abd", "xyz"]` gives `[2, 3, -1]`.

**Constraints.** `0 <= len(text) <= 2 * 10^4`, `0 <= len(codes) <= 2 * 10^4`.
""",
    starter_code="class Solution:\n    def firstPositions(self, text: str, codes: List[str]) -> List[int]:\n",
)

EDGE_INPUTS = [
    ["abcabd", ["cab", "abd", "xyz"]],
    ["", ["abc"]],
    ["ab", ["abx"]],
    ["aaaa", ["aaa"]],
    ["xyz", []],
    ["abcabc", ["abc", "bca", "cab", "cba"]],
]


def perf_inputs(rng):
    text = "".join(rng.choice("abcdefghijklmnopqrst") for _ in range(5500))
    inside, outside = "abcdefghijklmnopqrst", "uvwxyz"
    # most codes start like words of the text but end with a letter it never uses: each search scans it all
    codes = [rng.choice(inside) + rng.choice(inside) + rng.choice(outside if rng.random() < 0.8 else inside)
             for _ in range(11000)]
    return [[text, codes]]


SOLUTIONS = [
    dict(name="window-dict", correct=True, time="fast", reference=True,
         note="One pass records the first start of every 3-letter window in a dict; each code is then one O(1) "
              "lookup: O(len(text) + codes).",
         code='''\
class Solution:
    def firstPositions(self, text, codes):
        first = {}
        for i in range(len(text) - 2):
            first.setdefault(text[i:i + 3], i)
        return [first.get(c, -1) for c in codes]
'''),
    dict(name="find-each", correct=True, time="slow",
         note="text.find(code) searches the text again for every code, the whole text when it is absent: "
              "O(len(text) * codes).",
         code='''\
class Solution:
    def firstPositions(self, text, codes):
        result = []
        for c in codes:
            result.append(text.find(c))
        return result
'''),
    dict(name="reverse-fill", correct=True, time="fast",
         note="Filling a dict from the last window to the first leaves each window's first start: O(len(text)).",
         code='''\
class Solution:
    def firstPositions(self, text, codes):
        first = {}
        for i in range(len(text) - 3, -1, -1):
            first[text[i:i + 3]] = i
        return [first[c] if c in first else -1 for c in codes]
'''),
    dict(name="last-position", correct=False,
         note="Wrong: filling the dict left to right keeps the last start of each window, not the first.",
         code='''\
class Solution:
    def firstPositions(self, text, codes):
        where = {}
        for i in range(len(text) - 2):
            where[text[i:i + 3]] = i
        return [where.get(c, -1) for c in codes]
'''),
]
