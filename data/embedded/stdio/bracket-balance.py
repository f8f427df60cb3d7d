PROBLEM = dict(
    problem_id="bracket-balance",
    title="Balanced Brackets",
    io="stdio",
    difficulty="easy",
    tags=["string", "stack"],
    split="train",
    statement="""\
A bracket string uses only the six characters `( ) [ ] { }`. It is *balanced* when every closing bracket matches
the most recent unmatched opening bracket of the same kind, and no opening bracket is left unmatched at the end.
For example `([]{})` and `{[()]}` are balanced, while `([)]`, `((` and `)(` are not.

**Input.** The first line holds `t`, the number of strings. Each of the next `t` lines holds one non-empty
bracket string.

**Output.** For each string print `YES` if it is balanced and `NO` otherwise, one answer per line.

**Example.**

```
3
([]{})
([)]
{[()]}(
```

prints

```
YES
NO
NO
```

**Constraints.** `1 <= t <= 100`, every string has `1` to `6000` characters.
""",
    starter_code="",
)

EDGE_INPUTS = [
    "3\n([]{})\n([)]\n{[()]}(\n",
    "1\n)\n",
    "1\n(\n",
    "4\n()\n)(\n[]]\n{{}}\n",
    "2\n{[()()]}[]\n((((((((((]\n",
    "3\n([{}])([{}])\n}{\n[(])\n",
]


def perf_inputs(rng):
    opens, match = "([{", {"(": ")", "[": "]", "{": "}"}

    def nest(depth):
        left = [rng.choice(opens) for _ in range(depth)]
        return "".join(left) + "".join(match[c] for c in reversed(left))

    def walk(length):
        out, stack = [], []
        while len(out) + len(stack) < length:
            if stack and rng.random() < 0.5:
                out.append(match[stack.pop()])
            else:
                c = rng.choice(opens)
                stack.append(c)
                out.append(c)
        out.extend(match[c] for c in reversed(stack))
        return "".join(out)

    def corrupt(s):
        i = rng.randrange(len(s))
        return s[:i] + rng.choice("()[]{}") + s[i + 1:]

    tests = []
    for t in (60, 60):
        lines = []
        for k in range(t):
            kind = k % 4
            if kind == 0:
                s = nest(rng.randint(1500, 2300))
            elif kind == 1:
                s = corrupt(nest(rng.randint(1500, 2300)))
            elif kind == 2:
                s = walk(rng.randint(2000, 4000))
            else:
                s = nest(rng.randint(500, 1000)) + walk(rng.randint(1000, 3000)) + nest(rng.randint(500, 1000))
            lines.append(s)
        tests.append(f"{t}\n" + "\n".join(lines) + "\n")
    return tests


SOLUTIONS = [
    dict(name="stack-readline", correct=True, time="fast", memory="lean", reference=True,
         note="O(total length): one list used as a stack, strings streamed with readline.",
         code='''\
import sys


def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for c in s:
        if c in "([{":
            stack.append(c)
        elif not stack or stack.pop() != pairs[c]:
            return False
    return not stack


def main():
    t = int(sys.stdin.readline())
    out = []
    for _ in range(t):
        out.append("YES" if balanced(sys.stdin.readline().strip()) else "NO")
    sys.stdout.write("\\n".join(out) + "\\n")


main()
'''),
    dict(name="stack-input-print", correct=True, time="medium", memory="medium",
         note="O(total length): the expected closing bracket is pushed, input() and print() per line.",
         code='''\
close_of = {"(": ")", "[": "]", "{": "}"}
t = int(input())
for _ in range(t):
    s = input().strip()
    expect = []
    ok = True
    for ch in s:
        if ch in close_of:
            expect.append(close_of[ch])
        elif expect and expect[-1] == ch:
            expect.pop()
        else:
            ok = False
            break
    print("YES" if ok and not expect else "NO")
'''),
    dict(name="partner-arrays", correct=True, time="fast", memory="hungry",
         note="O(total length): computes the partner index of every bracket of every string, keeps them all.",
         code='''\
import sys

OPEN_OF = {")": "(", "]": "[", "}": "{"}


def match_positions(s):
    """partner[i] is the index matched with position i; None when the string is not balanced."""
    partner = [-1] * len(s)
    stack = []
    for i, c in enumerate(s):
        if c not in OPEN_OF:
            stack.append(i)
        elif stack and s[stack[-1]] == OPEN_OF[c]:
            j = stack.pop()
            partner[i] = j
            partner[j] = i
        else:
            return None
    return None if stack else partner


lines = sys.stdin.read().split("\\n")
t = int(lines[0])
strings = [line.strip() for line in lines[1:1 + t]]
partners = [match_positions(s) for s in strings]
print("\\n".join("NO" if p is None else "YES" for p in partners))
'''),
    dict(name="recursive-descent", correct=True, time="medium", memory="medium",
         note="O(total length) recursive parser: one call per bracket pair, depth up to the nesting depth.",
         code='''\
import sys

sys.setrecursionlimit(20000)
PAIR = {"(": ")", "[": "]", "{": "}"}


def parse(s, i):
    """Parse balanced groups starting at i; return where they stop, or -1 on a mismatch."""
    while i < len(s) and s[i] in PAIR:
        j = parse(s, i + 1)
        if j < 0 or j >= len(s) or s[j] != PAIR[s[i]]:
            return -1
        i = j + 1
    return i


t = int(sys.stdin.readline())
for _ in range(t):
    s = sys.stdin.readline().strip()
    print("YES" if parse(s, 0) == len(s) else "NO")
'''),
    dict(name="replace-loop", correct=True, time="slow", memory="lean",
         note="O(n * depth): deletes adjacent matching pairs with str.replace until nothing changes.",
         code='''\
t = int(input())
for _ in range(t):
    s = input().strip()
    while True:
        shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == s:
            break
        s = shorter
    print("YES" if not s else "NO")
'''),
    dict(name="contains-then-replace", correct=True, time="slow", memory="lean",
         note="O(n * depth): while some adjacent pair is present, strips all of them with str.replace.",
         code='''\
import sys


def reduce_pairs(s):
    while "()" in s or "[]" in s or "{}" in s:
        s = s.replace("()", "")
        s = s.replace("[]", "")
        s = s.replace("{}", "")
    return s


data = sys.stdin.read().split()
results = ["NO" if reduce_pairs(s) else "YES" for s in data[1:]]
print("\\n".join(results))
'''),
    dict(name="kind-counters", correct=False,
         note="Wrong: keeps one running counter per bracket kind, so interleavings like ([)] are accepted.",
         code='''\
t = int(input())
for _ in range(t):
    s = input().strip()
    depth = {"(": 0, "[": 0, "{": 0}
    opener = {")": "(", "]": "[", "}": "{"}
    ok = True
    for c in s:
        if c in depth:
            depth[c] += 1
        else:
            depth[opener[c]] -= 1
            if depth[opener[c]] < 0:
                ok = False
    print("YES" if ok and not any(depth.values()) else "NO")
'''),
]
