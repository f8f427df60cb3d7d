PROBLEM = dict(
    problem_id="number-the-lines",
    title="Number the Lines",
    io="call",
    entry_point="numberLines",
    difficulty="easy",
    tags=["string"],
    pattern="string-building",
    split="train",
    statement="""\
Return one text in which line `i` (counting from 1) is `"<i>: <lines[i-1]>"` and every line ends with `"\\n"`.

**Example.** `lines = ["hi", "", "bye"]` gives `"1: hi\\n2: \\n3: bye\\n"`.

**Constraints.** `0 <= len(lines) <= 10^4`, each line has at most 40 characters.
""",
    starter_code="class Solution:\n    def numberLines(self, lines: List[str]) -> str:\n",
)

EDGE_INPUTS = [
    [["hi", "", "bye"]],
    [[]],
    [["only"]],
    [["", ""]],
    [["a"] * 11],
    [["x y", "z"]],
]


def perf_inputs(rng):
    return [[["".join(rng.choice("abcde ") for _ in range(rng.randint(30, 40))) for _ in range(4500)]]]


SOLUTIONS = [
    dict(name="fstrings-join", correct=True, time="fast", reference=True,
         note="Format each line once and join them all at the end: O(total length).",
         code='''\
class Solution:
    def numberLines(self, lines):
        return "".join(f"{i}: {line}\\n" for i, line in enumerate(lines, 1))
'''),
    dict(name="concat-pieces", correct=True, time="slow",
         note="`text = text + str(i) + ': ' + ...` copies the whole text several times per line: O(lines * length).",
         code='''\
class Solution:
    def numberLines(self, lines):
        text = ""
        for i in range(len(lines)):
            text = text + str(i + 1) + ": " + lines[i] + "\\n"
        return text
'''),
    dict(name="counts-from-zero", correct=False,
         note="Wrong: enumerate starts at 0, so every line number is one too small.",
         code='''\
class Solution:
    def numberLines(self, lines):
        return "".join(f"{i}: {line}\\n" for i, line in enumerate(lines))
'''),
    dict(name="parts-list", correct=True, time="fast",
         note="Append each numbered line to a list and join once: O(total length).",
         code='''\
class Solution:
    def numberLines(self, lines):
        out = []
        for i, line in enumerate(lines):
            out.append(str(i + 1) + ": " + line + "\\n")
        return "".join(out)
'''),
]
