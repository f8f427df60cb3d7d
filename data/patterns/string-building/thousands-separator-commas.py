PROBLEM = dict(
    problem_id="thousands-separator-commas",
    title="Thousands Separators",
    io="call",
    entry_point="withCommas",
    difficulty="easy",
    tags=["string"],
    pattern="string-building",
    split="test",
    statement="""\
`digits` is a non-negative integer written in decimal (no leading zeros unless it is `"0"`). Return it with a
comma between every group of three digits, counting from the right.

**Example.** `digits = "1234567"` gives `"1,234,567"`.

**Constraints.** `1 <= len(digits) <= 10^5`.
""",
    starter_code="class Solution:\n    def withCommas(self, digits: str) -> str:\n",
)

EDGE_INPUTS = [
    ["1234567"],
    ["0"],
    ["12"],
    ["123"],
    ["1234"],
    ["123456"],
]


def perf_inputs(rng):
    return [[str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(59999))]]


SOLUTIONS = [
    dict(name="groups-join", correct=True, time="fast", reference=True,
         note="Cut the digits into groups of three once and join them with commas: O(n).",
         code='''\
class Solution:
    def withCommas(self, digits):
        head = len(digits) % 3 or 3
        groups = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
        return ",".join(groups)
'''),
    dict(name="insert-by-slicing", correct=True, time="slow",
         note="Each `s[:i] + ',' + s[i:]` copies the whole string to insert one comma: O(n^2 / 3).",
         code='''\
class Solution:
    def withCommas(self, digits):
        s = digits
        i = len(s) - 3
        while i > 0:
            s = s[:i] + "," + s[i:]
            i -= 3
        return s
'''),
    dict(name="groups-from-left", correct=False,
         note="Wrong: cuts the groups of three from the left, so '1234' becomes '123,4'.",
         code='''\
class Solution:
    def withCommas(self, digits):
        return ",".join(digits[i:i + 3] for i in range(0, len(digits), 3))
'''),
    dict(name="reverse-chunks", correct=True, time="fast",
         note="Reverse, cut groups of three from the left, join with commas, reverse back: O(n).",
         code='''\
class Solution:
    def withCommas(self, digits):
        r = digits[::-1]
        return ",".join(r[i:i + 3] for i in range(0, len(r), 3))[::-1]
'''),
]
