PROBLEM = dict(
    problem_id="wrap-text-fixed-width",
    title="Hard-Wrap a Text",
    io="call",
    entry_point="hardWrap",
    difficulty="easy",
    tags=["string"],
    pattern="string-building",
    split="train",
    statement="""\
Cut `text` into lines of exactly `width` characters (the last line may be shorter, and is not empty) and
return them joined, each line followed by `"\\n"`. An empty text gives `""`.

**Example.** `text = "abcdefg"`, `width = 3` gives `"abc\\ndef\\ng\\n"`.

**Constraints.** `0 <= len(text) <= 3 * 10^5`, `1 <= width <= 100`.
""",
    starter_code="class Solution:\n    def hardWrap(self, text: str, width: int) -> str:\n",
)

EDGE_INPUTS = [
    ["abcdefg", 3],
    ["", 4],
    ["a", 1],
    ["abcdef", 3],
    ["ab", 10],
    ["a b c", 2],
]


def perf_inputs(rng):
    return [["".join(rng.choice("abcdefghij ") for _ in range(200000)), 20]]


SOLUTIONS = [
    dict(name="lines-join", correct=True, time="fast", reference=True,
         note="Slice every line, add its newline, and join once: O(n).",
         code='''\
class Solution:
    def hardWrap(self, text, width):
        return "".join(text[i:i + width] + "\\n" for i in range(0, len(text), width))
'''),
    dict(name="concat-lines", correct=True, time="slow",
         note="`out = out + line + '\\n'` copies the output so far for every line: O(lines * length).",
         code='''\
class Solution:
    def hardWrap(self, text, width):
        out = ""
        i = 0
        while i < len(text):
            out = out + text[i:i + width] + "\\n"
            i += width
        return out
'''),
    dict(name="no-final-newline", correct=False,
         note="Wrong: joining with newlines puts none after the last line.",
         code='''\
class Solution:
    def hardWrap(self, text, width):
        return "\\n".join(text[i:i + width] for i in range(0, len(text), width))
'''),
    dict(name="lines-list", correct=True, time="fast",
         note="Append each line to a list, then join with newlines and add the last one: O(n).",
         code='''\
class Solution:
    def hardWrap(self, text, width):
        lines = [text[i:i + width] for i in range(0, len(text), width)]
        return "\\n".join(lines) + "\\n" if lines else ""
'''),
]
