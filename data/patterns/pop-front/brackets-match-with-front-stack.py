PROBLEM = dict(
    problem_id="brackets-match-with-front-stack",
    title="Do the Brackets Match?",
    io="call",
    entry_point="matches",
    difficulty="easy",
    tags=["string", "stack"],
    pattern="pop-front",
    split="test",
    statement="""\
`s` contains only the characters `()[]`. Return `True` if every bracket is closed by the matching kind in the
right order, else `False`.

**Example.** `"([])()"` gives `True`; `"([)]"` gives `False`.

**Constraints.** `0 <= len(s) <= 10^5`.
""",
    starter_code="class Solution:\n    def matches(self, s: str) -> bool:\n",
)

EDGE_INPUTS = [
    ["([])()"],
    ["([)]"],
    [""],
    ["("],
    [")"],
    ["[]]"],
    ["(("],
]


def perf_inputs(rng):
    opens = "".join(rng.choice("([") for _ in range(17000))
    closes = "".join(")" if c == "(" else "]" for c in reversed(opens))
    return [[opens + closes]]


SOLUTIONS = [
    dict(name="end-stack", correct=True, time="fast", reference=True,
         note="Push and pop at the end of a list, both O(1): O(n) in all.",
         code='''\
class Solution:
    def matches(self, s):
        pair = {")": "(", "]": "["}
        stack = []
        for ch in s:
            if ch in "([":
                stack.append(ch)
            elif not stack or stack.pop() != pair[ch]:
                return False
        return not stack
'''),
    dict(name="front-stack", correct=True, time="slow",
         note="The stack top is kept at index 0, so every insert(0) and pop(0) shifts the whole stack: O(n * depth).",
         code='''\
class Solution:
    def matches(self, s):
        pair = {")": "(", "]": "["}
        stack = []
        for ch in s:
            if ch in "([":
                stack.insert(0, ch)
            elif not stack or stack.pop(0) != pair[ch]:
                return False
        return not stack
'''),
    dict(name="counts-only", correct=False,
         note="Wrong: only balances the counts of each kind, so crossed pairs like '([)]' pass.",
         code='''\
class Solution:
    def matches(self, s):
        round_, square = 0, 0
        for ch in s:
            round_ += (ch == "(") - (ch == ")")
            square += (ch == "[") - (ch == "]")
            if round_ < 0 or square < 0:
                return False
        return round_ == 0 and square == 0
'''),
    dict(name="deque-front", correct=True, time="fast",
         note="Keeping the top at the front is fine with a deque: appendleft and popleft are O(1).",
         code='''\
from collections import deque

class Solution:
    def matches(self, s):
        pair = {")": "(", "]": "["}
        stack = deque()
        for ch in s:
            if ch in "([":
                stack.appendleft(ch)
            elif not stack or stack.popleft() != pair[ch]:
                return False
        return not stack
'''),
]
