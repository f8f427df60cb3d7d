PROBLEM = dict(
    problem_id="sum-comma-separated-values",
    title="Sum of Comma-Separated Values",
    io="call",
    entry_point="sumValues",
    difficulty="easy",
    tags=["string", "parsing"],
    pattern="string-building",
    split="train",
    statement="""\
`line` holds integers separated by single commas (no spaces; `""` holds no integers). Return their sum.

**Example.** `line = "12,-5,7"` gives `14`.

**Constraints.** `0 <= len(line) <= 2 * 10^5`, every integer has at most 9 digits and an optional minus sign.
""",
    starter_code="class Solution:\n    def sumValues(self, line: str) -> int:\n",
)

EDGE_INPUTS = [
    ["12,-5,7"],
    [""],
    ["0"],
    ["-3"],
    ["1,2"],
    ["1000000,1000000,-1"],
]


def perf_inputs(rng):
    return [[",".join(str(rng.randint(-10**9 + 1, 10**9 - 1)) for _ in range(20000))]]


SOLUTIONS = [
    dict(name="split-sum", correct=True, time="fast", reference=True,
         note="split(',') cuts every token in one pass: O(n) in all.",
         code='''\
class Solution:
    def sumValues(self, line):
        return sum(map(int, line.split(","))) if line else 0
'''),
    dict(name="chop-front", correct=True, time="slow",
         note="`rest = rest[j + 1:]` copies the remaining text after every token: O(tokens * length).",
         code='''\
class Solution:
    def sumValues(self, line):
        total = 0
        rest = line
        while rest:
            j = rest.find(",")
            if j == -1:
                total += int(rest)
                break
            total += int(rest[:j])
            rest = rest[j + 1:]
        return total
'''),
    dict(name="drops-last", correct=False,
         note="Wrong: adds a number only when a comma follows it, so the last number is lost.",
         code='''\
class Solution:
    def sumValues(self, line):
        total, start = 0, 0
        for i, ch in enumerate(line):
            if ch == ",":
                total += int(line[start:i])
                start = i + 1
        return total
'''),
    dict(name="split-loop", correct=True, time="fast",
         note="Split once, then add the numbers up in a plain loop: O(n), no copies of the rest.",
         code='''\
class Solution:
    def sumValues(self, line):
        total = 0
        if line:
            for token in line.split(","):
                total += int(token)
        return total
'''),
]
