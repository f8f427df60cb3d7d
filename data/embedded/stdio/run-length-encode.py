PROBLEM = dict(
    problem_id="run-length-encode",
    title="Run-Length Encoding",
    io="stdio",
    difficulty="easy",
    tags=["string", "compression"],
    split="train",
    statement="""\
Run-length encoding replaces every maximal block of equal consecutive characters by the character followed by
the length of the block, written in decimal. For example `aaab` becomes `a3b1` and `zzzzzzzzzzzzq` becomes
`z12q1`. Blocks of length one keep their `1`.

**Input.** The first line holds `t`. Each of the next `t` lines holds a non-empty string of lowercase letters.

**Output.** For each string print its run-length encoding on its own line.

**Example.**

```
3
aaab
abc
wwwwwwwwwwwwbbx
```

prints

```
a3b1
a1b1c1
w12b2x1
```

**Constraints.** `1 <= t <= 100`, each string has `1` to `250000` letters, at most `300000` letters in total.
""",
    starter_code="",
)

EDGE_INPUTS = [
    "3\naaab\nabc\nwwwwwwwwwwwwbbx\n",
    "1\nz\n",
    "1\nqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq\n",
    "2\nabab\naabbaa\n",
    "4\nx\nxy\nxx\nyxx\n",
    "2\nmississippi\nbookkeeper\n",
]


def perf_inputs(rng):
    letters = "abcdefghijklmnopqrstuvwxyz"

    def runs(length, alphabet, longest):
        parts, size, prev = [], 0, ""
        while size < length:
            c = rng.choice(alphabet)
            if c == prev:
                continue
            k = min(rng.randint(1, longest), length - size)
            parts.append(c * k)
            size += k
            prev = c
        return "".join(parts)

    short_lines = [runs(rng.randint(1, 1000), letters, rng.randint(1, 30)) for _ in range(40)]
    first = [runs(250000, letters, 40)] + short_lines[:10]
    second = [runs(100000, "ab", 2)] + short_lines[10:]
    return [f"{len(lines)}\n" + "\n".join(lines) + "\n" for lines in (first, second)]


SOLUTIONS = [
    dict(name="regex-runs", correct=True, time="fast", memory="medium", reference=True,
         note="O(n): a backreference regex finds each run in C; pieces joined once per line.",
         code='''\
import re
import sys

RUN = re.compile(r"(.)\\1*")


def main():
    t = int(sys.stdin.readline())
    out = []
    for _ in range(t):
        line = sys.stdin.readline().strip()
        out.append("".join(m.group(1) + str(m.end() - m.start()) for m in RUN.finditer(line)))
    sys.stdout.write("\\n".join(out) + "\\n")


main()
'''),
    dict(name="groupby", correct=True, time="fast", memory="medium",
         note="O(n): itertools.groupby yields the runs; lengths counted with sum(1 for ...).",
         code='''\
from itertools import groupby

t = int(input())
for _ in range(t):
    s = input()
    print("".join(ch + str(sum(1 for _ in grp)) for ch, grp in groupby(s)))
'''),
    dict(name="two-pointer-append", correct=True, time="fast", memory="lean",
         note="O(n): two-pointer scan appending to one result string per line (CPython grows it in place).",
         code='''\
import sys


def encode(s):
    res = ""
    n = len(s)
    i = 0
    while i < n:
        c = s[i]
        j = i + 1
        while j < n and s[j] == c:
            j += 1
        res += c + str(j - i)
        i = j
    return res


def main():
    t = int(sys.stdin.readline())
    for _ in range(t):
        sys.stdout.write(encode(sys.stdin.readline().rstrip("\\n")) + "\\n")


main()
'''),
    dict(name="run-tuples", correct=True, time="medium", memory="hungry",
         note="O(n) time and memory: reads everything, stores every run of every line as a (char, length) tuple.",
         code='''\
import sys

lines = sys.stdin.read().split()
t = int(lines[0])
encoded_runs = []
for s in lines[1:1 + t]:
    runs = []
    start = 0
    for i in range(1, len(s) + 1):
        if i == len(s) or s[i] != s[start]:
            runs.append((s[start], i - start))
            start = i
    encoded_runs.append(runs)
print("\\n".join("".join(c + str(k) for c, k in runs) for runs in encoded_runs))
'''),
    dict(name="lstrip-rescan", correct=True, time="medium", memory="medium",
         note="O(n * runs): peels one run at a time with lstrip, copying the rest of the string every time.",
         code='''\
t = int(input())
for _ in range(t):
    s = input()
    parts = []
    while s:
        c = s[0]
        rest = s.lstrip(c)
        parts.append(c + str(len(s) - len(rest)))
        s = rest
    print("".join(parts))
'''),
    dict(name="match-and-slice", correct=True, time="medium", memory="medium",
         note="O(n * runs): matches the run at the front with a regex, then slices it off (a full copy).",
         code='''\
import re
import sys


def rle(s):
    pieces = []
    while s:
        block = re.match(r"(.)\\1*", s).group()
        pieces.append(block[0] + str(len(block)))
        s = s[len(block):]
    return "".join(pieces)


t = int(sys.stdin.readline())
for _ in range(t):
    print(rle(sys.stdin.readline().strip()))
'''),
    dict(name="pop-front", correct=True, time="slow", memory="lean",
         note="O(n^2): removes the first character with s = s[1:] one letter at a time (a full copy each time).",
         code='''\
def encode(s):
    out = ""
    while s:
        c = s[0]
        k = 0
        while s and s[0] == c:
            s = s[1:]
            k += 1
        out += c + str(k)
    return out


t = int(input())
for _ in range(t):
    print(encode(input()))
'''),
    dict(name="last-run-dropped", correct=False,
         note="Wrong: a run is only written when a different letter follows it, so the final run is lost.",
         code='''\
t = int(input())
for _ in range(t):
    s = input()
    out = []
    count = 1
    for i in range(1, len(s)):
        if s[i] == s[i - 1]:
            count += 1
        else:
            out.append(s[i - 1] + str(count))
            count = 1
    print("".join(out))
'''),
]
