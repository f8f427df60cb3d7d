PROBLEM = dict(
    problem_id="zero-pad-to-width",
    title="Zero-Pad to a Width",
    io="call",
    entry_point="zeroPad",
    difficulty="easy",
    tags=["string"],
    pattern="string-building",
    split="train",
    statement="""\
`digits` is a string of decimal digits. Put zeros in front of it until it is `width` characters long; a string
already that long or longer comes back unchanged.

**Example.** `digits = "42"`, `width = 5` gives `"00042"`.

**Constraints.** `1 <= len(digits) <= 10^5`, `0 <= width <= 10^5`.
""",
    starter_code="class Solution:\n    def zeroPad(self, digits: str, width: int) -> str:\n",
)

EDGE_INPUTS = [
    ["42", 5],
    ["7", 0],
    ["7", 1],
    ["123", 2],
    ["0", 3],
    ["99", 3],
]


def perf_inputs(rng):
    return [[str(rng.randint(1, 999)), 70000], [str(rng.randint(1, 999)), 40000]]


SOLUTIONS = [
    dict(name="repeat-zeros", correct=True, time="fast", reference=True,
         note="Compute how many zeros are missing and build them in one go: O(width).",
         code='''\
class Solution:
    def zeroPad(self, digits, width):
        return "0" * max(0, width - len(digits)) + digits
'''),
    dict(name="prepend-zero", correct=True, time="slow",
         note="`s = '0' + s` copies the whole string for every zero added: O(width^2).",
         code='''\
class Solution:
    def zeroPad(self, digits, width):
        s = digits
        while len(s) < width:
            s = "0" + s
        return s
'''),
    dict(name="cuts-long-input", correct=False,
         note="Wrong: slicing the last `width` characters also cuts a string that was already longer.",
         code='''\
class Solution:
    def zeroPad(self, digits, width):
        return ("0" * width + digits)[-width:] if width else digits
'''),
    dict(name="zfill", correct=True, time="fast",
         note="str.zfill pads with zeros in one C call: O(width).",
         code='''\
class Solution:
    def zeroPad(self, digits, width):
        return digits.zfill(width)
'''),
]
