PROBLEM = dict(
    problem_id="pair-count-target",
    title="Counting Pairs With a Given Sum",
    io="stdio",
    difficulty="easy",
    tags=["array", "hashing", "counting"],
    split="train",
    statement="""\
You are given `n` integers `a_1, ..., a_n` and a target value `t`. Count the pairs of positions `(i, j)` with
`i < j` such that `a_i + a_j = t`. Two pairs are different when their positions differ, even if the values are
the same.

**Input.** The first line holds two integers `n` and `t`. The second line holds `n` integers `a_1 ... a_n`.

**Output.** Print one integer: the number of such pairs.

**Example.**

```
5 6
1 5 3 3 5
```

prints `3`: the pairs of positions `(1, 2)`, `(1, 5)` and `(3, 4)` have sums `1+5`, `1+5` and `3+3`.

**Constraints.** `1 <= n <= 3000`, `-10^9 <= a_i <= 10^9`, `-2*10^9 <= t <= 2*10^9`.
""",
    starter_code="",
)

EDGE_INPUTS = [
    "5 6\n1 5 3 3 5\n",
    "1 2\n1\n",
    "4 0\n0 0 0 0\n",
    "6 -3\n-1 -2 4 -7 0 -3\n",
    "3 10\n1 2 3\n",
    "6 4\n2 2 2 2 2 2\n",
    "5 0\n1000000000 -1000000000 5 -5 0\n",
]


def perf_inputs(rng):
    n = 3000
    small = [rng.randint(-15, 15) for _ in range(n)]
    big = [rng.randint(-10**9, 10**9) for _ in range(n // 2)]
    big += [rng.choice(big[:50]) for _ in range(n - len(big))]
    rng.shuffle(big)
    t_big = big[0] + big[1]
    return [
        f"{n} {rng.randint(-4, 4)}\n" + " ".join(map(str, small)) + "\n",
        f"{n} {t_big}\n" + " ".join(map(str, big)) + "\n",
    ]


SOLUTIONS = [
    dict(name="hash-one-pass", correct=True, time="fast", memory="lean", reference=True,
         note="O(n) time: a Counter of the values seen so far, streaming the numbers through map().",
         code='''\
import sys
from collections import Counter


def main():
    n, t = map(int, sys.stdin.readline().split())
    seen = Counter()
    total = 0
    for x in map(int, sys.stdin.readline().split()):
        total += seen[t - x]
        seen[x] += 1
    print(total)


main()
'''),
    dict(name="counter-combinatorics", correct=True, time="fast", memory="medium",
         note="O(n) time: count each value once, then multiply the counts of complementary values.",
         code='''\
import sys
from collections import Counter

data = sys.stdin.read().split()
n, t = int(data[0]), int(data[1])
cnt = Counter(map(int, data[2:2 + n]))
ans = 0
for v, c in cnt.items():
    w = t - v
    if v < w:
        ans += c * cnt.get(w, 0)
    elif v == w:
        ans += c * (c - 1) // 2
print(ans)
'''),
    dict(name="sort-two-pointers", correct=True, time="fast", memory="medium",
         note="O(n log n): sort, then walk two pointers inward, multiplying run lengths of equal values.",
         code='''\
n, t = map(int, input().split())
a = sorted(map(int, input().split()))
i, j = 0, n - 1
ans = 0
while i < j:
    s = a[i] + a[j]
    if s < t:
        i += 1
    elif s > t:
        j -= 1
    elif a[i] == a[j]:
        k = j - i + 1
        ans += k * (k - 1) // 2
        break
    else:
        x, y = a[i], a[j]
        ci = cj = 0
        while a[i] == x:
            i += 1
            ci += 1
        while a[j] == y:
            j -= 1
            cj += 1
        ans += ci * cj
print(ans)
'''),
    dict(name="bisect-suffix", correct=True, time="fast", memory="medium",
         note="O(n log n): sort, then for each element binary-search the complement among the later ones.",
         code='''\
from bisect import bisect_left, bisect_right

n, t = map(int, input().split())
b = sorted(int(x) for x in input().split())
count = 0
for i in range(n):
    need = t - b[i]
    lo = bisect_left(b, need, i + 1)
    hi = bisect_right(b, need, i + 1)
    count += hi - lo
print(count)
'''),
    dict(name="double-loop", correct=True, time="slow", memory="lean",
         note="O(n^2): checks every pair of positions directly.",
         code='''\
n, t = map(int, input().split())
a = list(map(int, input().split()))
ans = 0
for i in range(n):
    ai = a[i]
    for j in range(i + 1, n):
        if ai + a[j] == t:
            ans += 1
print(ans)
'''),
    dict(name="collect-pairs", correct=True, time="slow", memory="hungry",
         note="O(n^2) time and O(answer) memory: materialises every matching (i, j) pair, then counts them.",
         code='''\
import sys

data = sys.stdin.read().split()
n, t = int(data[0]), int(data[1])
a = [int(x) for x in data[2:]]
pairs = [(i, j) for i in range(n) for j in range(i + 1, n) if a[i] + a[j] == t]
print(len(pairs))
'''),
    dict(name="set-of-values", correct=False,
         note="Wrong: uses a set of seen values, so duplicates are counted once instead of once per position.",
         code='''\
n, t = map(int, input().split())
a = list(map(int, input().split()))
seen = set()
ans = 0
for x in a:
    if t - x in seen:
        ans += 1
    seen.add(x)
print(ans)
'''),
]
