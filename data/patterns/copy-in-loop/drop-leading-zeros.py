PROBLEM = dict(
    problem_id="drop-leading-zeros",
    title="Drop the Leading Zeros of a Number",
    io="call",
    entry_point="stripZeros",
    difficulty="easy",
    tags=["string"],
    pattern="copy-in-loop",
    split="train",
    statement="""\
`digits` is a non-empty string of decimal digits. Return it without its leading zeros; if it is all zeros, return
`"0"`.

**Example.** `digits = "000402"` gives `"402"`; `digits = "000"` gives `"0"`.

**Constraints.** `1 <= len(digits) <= 2 * 10^5`.
""",
    starter_code="class Solution:\n    def stripZeros(self, digits: str) -> str:\n",
)

EDGE_INPUTS = [
    ["000402"],
    ["000"],
    ["0"],
    ["7"],
    ["100"],
    ["0010"],
]


def perf_inputs(rng):
    tail = "".join(rng.choice("0123456789") for _ in range(2000))
    return [["0" * 40000 + "1" + tail], ["0" * 30000]]


SOLUTIONS = [
    dict(name="lstrip", correct=True, time="fast", reference=True,
         note="lstrip removes the zeros in one C pass and builds the result once: O(n).",
         code='''\
class Solution:
    def stripZeros(self, digits):
        return digits.lstrip("0") or "0"
'''),
    dict(name="chop-one-by-one", correct=True, time="slow",
         note="digits = digits[1:] copies the whole rest of the string for every zero removed: O(n^2).",
         code='''\
class Solution:
    def stripZeros(self, digits):
        while len(digits) > 1 and digits[0] == "0":
            digits = digits[1:]
        return digits
'''),
    dict(name="find-first-nonzero", correct=True, time="medium",
         note="Walk an index to the first non-zero digit and slice once: O(n) with a single copy, though the "
              "walk runs in Python rather than in C.",
         code='''\
class Solution:
    def stripZeros(self, digits):
        i = 0
        while i < len(digits) - 1 and digits[i] == "0":
            i += 1
        return digits[i:]
'''),
    dict(name="plain-lstrip", correct=False,
         note="Wrong: lstrip alone turns an all-zero string into an empty string instead of \"0\".",
         code='''\
class Solution:
    def stripZeros(self, digits):
        return digits.lstrip("0")
'''),
]
