PROBLEM = dict(
    problem_id="nested-brackets-check",
    title="Are the Brackets Properly Nested",
    io="call",
    entry_point="wellNested",
    difficulty="easy",
    tags=["string", "stack"],
    pattern="copy-in-loop",
    split="train",
    statement="""\
`s` consists of the characters `()[]{}`. Return `True` if every opening bracket is closed by a bracket of the
same kind, in the right order.

**Example.** `s = "([]{})"` gives `True`; `s = "([)]"` gives `False`.

**Constraints.** `0 <= len(s) <= 2 * 10^4`.
""",
    starter_code="class Solution:\n    def wellNested(self, s: str) -> bool:\n",
)

EDGE_INPUTS = [
    ["([]{})"],
    ["([)]"],
    [""],
    ["("],
    [")("],
    ["{[()]}[]"],
    ["(]"],
]


def perf_inputs(rng):
    opens = [rng.choice("([{") for _ in range(3800)]
    closing = {"(": ")", "[": "]", "{": "}"}
    good = "".join(opens) + "".join(closing[c] for c in reversed(opens))
    return [[good], [good[:-1] + ("]" if good[-1] != "]" else ")")]]


SOLUTIONS = [
    dict(name="append-pop", correct=True, time="fast", reference=True,
         note="A list used as a stack: append and pop at the end are O(1), so the check is O(n).",
         code='''\
class Solution:
    def wellNested(self, s):
        partner = {")": "(", "]": "[", "}": "{"}
        stack = []
        for c in s:
            if c in partner:
                if not stack or stack.pop() != partner[c]:
                    return False
            else:
                stack.append(c)
        return not stack
'''),
    dict(name="copy-stack", correct=True, time="slow",
         note="stack = stack + [c] and stack = stack[:-1] copy the whole stack at every bracket: O(n * depth).",
         code='''\
class Solution:
    def wellNested(self, s):
        partner = {")": "(", "]": "[", "}": "{"}
        stack = []
        for c in s:
            if c in "([{":
                stack = stack + [c]
            else:
                if not stack or stack[-1] != partner[c]:
                    return False
                stack = stack[:-1]
        return len(stack) == 0
'''),
    dict(name="string-stack-list", correct=True, time="fast",
         note="The same stack, pushing the expected closer instead of the opener: O(n).",
         code='''\
class Solution:
    def wellNested(self, s):
        closer = {"(": ")", "[": "]", "{": "}"}
        expect = []
        for c in s:
            if c in closer:
                expect.append(closer[c])
            elif not expect or expect.pop() != c:
                return False
        return not expect
'''),
    dict(name="counts-only", correct=False,
         note="Wrong: matching counts of each kind ignore the order, so \"([)]\" and \")(\" pass.",
         code='''\
class Solution:
    def wellNested(self, s):
        return (s.count("(") == s.count(")") and s.count("[") == s.count("]")
                and s.count("{") == s.count("}"))
'''),
]
