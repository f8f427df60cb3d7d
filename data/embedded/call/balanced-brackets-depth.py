PROBLEM = dict(
    problem_id="balanced-brackets-depth",
    title="Balanced Brackets Depth",
    io="call",
    entry_point="bracketDepth",
    difficulty="easy",
    tags=["string", "stack"],
    split="train",
    statement="""\
A string `s` made only of the characters `()[]{}` is *balanced* when every opening bracket is closed later by a
closing bracket of the same kind, and the pairs nest properly (a pair opened inside another pair is also closed
inside it). The empty string is balanced.

If `s` is balanced, return its maximum nesting depth: the largest number of pairs that are open at the same
time (`0` for the empty string). Otherwise return `-1`.

**Example.** `s = "{()[()]}"` gives `3`: inside the braces, the square brackets hold one more pair of
parentheses. `s = "(]"` and `s = "([)]"` both give `-1`.

**Constraints.** `0 <= len(s) <= 10^5`; `s` contains only the six bracket characters.
""",
    starter_code="class Solution:\n    def bracketDepth(self, s: str) -> int:\n",
)

EDGE_INPUTS = [
    ["{()[()]}"],
    [""],
    ["(]"],
    ["([)]"],
    ["((("],
    ["())("],
    ["()[]{}"],
    ["{[()]}[]"],
]


def perf_inputs(rng):
    closer = {"(": ")", "[": "]", "{": "}"}

    def nested(depth):
        opens = [rng.choice("([{") for _ in range(depth)]
        return "".join(opens) + "".join(closer[c] for c in reversed(opens))

    def random_walk(n):
        out, stack = [], []
        while len(out) + len(stack) < n:
            if stack and (rng.random() < 0.5 or len(out) + 2 * len(stack) >= n):
                out.append(closer[stack.pop()])
            else:
                stack.append(rng.choice("([{"))
                out.append(stack[-1])
        return "".join(out) + "".join(closer[c] for c in reversed(stack))

    deep = nested(10000)
    broken = nested(6000)
    broken = broken[:-1] + ("]" if broken[-1] != "]" else ")")   # only the outermost pair is mismatched
    return [[deep], [random_walk(100_000)], [broken]]


SOLUTIONS = [
    dict(name="stack-of-openers", correct=True, time="fast", memory="lean", reference=True,
         note="O(n) time, O(depth) memory: push openers, pop on a matching closer; depth = largest stack size.",
         code='''\
class Solution:
    def bracketDepth(self, s):
        match = {")": "(", "]": "[", "}": "{"}
        stack = []
        best = 0
        for ch in s:
            if ch in match:
                if not stack or stack.pop() != match[ch]:
                    return -1
            else:
                stack.append(ch)
                if len(stack) > best:
                    best = len(stack)
        return best if not stack else -1
'''),
    dict(name="stack-of-expected-closers", correct=True, time="fast", memory="lean",
         note="O(n) time, O(depth) memory: push the closer each opener expects, compare on the way out.",
         code='''\
class Solution:
    def bracketDepth(self, s):
        want = {"(": ")", "[": "]", "{": "}"}
        expected = []
        depth = 0
        for ch in s:
            if ch in want:
                expected.append(want[ch])
                depth = max(depth, len(expected))
            elif not expected or expected.pop() != ch:
                return -1
        return -1 if expected else depth
'''),
    dict(name="depth-trace", correct=True, time="fast", memory="hungry",
         note="O(n) time, O(n) memory: records the depth after every character in a list, takes its maximum.",
         code='''\
class Solution:
    def bracketDepth(self, s):
        pairs = {")": "(", "]": "[", "}": "{"}
        stack = []
        depths = [0]
        for ch in s:
            if ch in pairs:
                if not stack or stack[-1] != pairs[ch]:
                    return -1
                stack.pop()
            else:
                stack.append(ch)
            depths.append(len(stack))
        return max(depths) if not stack else -1
'''),
    dict(name="recursive-descent", correct=True, time="medium", memory="hungry",
         note="O(n) time, O(depth) call frames: a parser that reads one bracket group per call.",
         code='''\
class Solution:
    def bracketDepth(self, s):
        close = {"(": ")", "[": "]", "{": "}"}
        n = len(s)
        pos = 0

        def group():
            # parse a sequence of groups until a closer or the end; return its depth or None on error
            nonlocal pos
            best = 0
            while pos < n and s[pos] in close:
                opener = s[pos]
                pos += 1
                inner = group()
                if inner is None or pos >= n or s[pos] != close[opener]:
                    return None
                pos += 1
                best = max(best, inner + 1)
            return best

        depth = group()
        return depth if depth is not None and pos == n else -1
'''),
    dict(name="erase-pairs-until-stable", correct=True, time="slow", memory="medium",
         note="O(n * depth) time: delete adjacent pairs with str.replace until nothing changes (validity), "
              "then one counting pass for the depth.",
         code='''\
class Solution:
    def bracketDepth(self, s):
        rest, before = s, None
        while rest != before:
            before = rest
            rest = rest.replace("()", "").replace("[]", "").replace("{}", "")
        if rest:
            return -1
        depth = best = 0
        for ch in s:
            depth += 1 if ch in "([{" else -1
            best = max(best, depth)
        return best
'''),
    dict(name="peel-innermost-layer", correct=True, time="slow", memory="medium",
         note="O(n * depth) time: each round removes every innermost pair at once with one regex pass; the "
              "number of rounds is the depth.",
         code='''\
import re

class Solution:
    def bracketDepth(self, s):
        leaf = re.compile(r"\\(\\)|\\[\\]|\\{\\}")
        rounds = 0
        while s:
            s, removed = leaf.subn("", s)
            if removed == 0:
                return -1
            rounds += 1
        return rounds
'''),
    dict(name="counter-per-kind", correct=False,
         note="Wrong: keeps one open-counter per bracket kind, so interleaved pairs like '([)]' look balanced.",
         code='''\
class Solution:
    def bracketDepth(self, s):
        kinds = {"(": 0, "[": 1, "{": 2, ")": 0, "]": 1, "}": 2}
        open_count = [0, 0, 0]
        best = 0
        for ch in s:
            k = kinds[ch]
            open_count[k] += 1 if ch in "([{" else -1
            if open_count[k] < 0:
                return -1
            best = max(best, sum(open_count))
        return best if sum(open_count) == 0 else -1
'''),
]
