PROBLEM = dict(
    problem_id="range-min-queries",
    title="Static Range Minimum",
    io="stdio",
    difficulty="hard",
    tags=["array", "sparse-table", "queries", "data-structures"],
    split="test",
    statement="""\
An array of `n` integers never changes. Answer `q` queries: for positions `l` and `r` (1-indexed, `l <= r`)
print the smallest of `a_l, a_{l+1}, ..., a_r`.

**Input.** The first line holds `n`. The second line holds `n` integers `a_1 ... a_n`. The third line holds `q`.
Each of the next `q` lines holds two integers `l r`.

**Output.** Print `q` lines, the minimum for each query in order.

**Example.**

```
6
4 -2 7 7 0 9
4
1 6
3 4
5 6
1 1
```

prints

```
-2
7
0
4
```

**Constraints.** `1 <= n <= 20000`, `1 <= q <= 10000`, `-10^9 <= a_i <= 10^9`, `1 <= l <= r <= n`.
""",
    starter_code="",
)

EDGE_INPUTS = [
    "6\n4 -2 7 7 0 9\n4\n1 6\n3 4\n5 6\n1 1\n",
    "1\n5\n1\n1 1\n",
    "5\n3 3 3 3 3\n3\n1 5\n2 2\n4 5\n",
    "8\n8 7 6 5 4 3 2 1\n6\n1 8\n1 3\n2 4\n5 7\n6 8\n1 4\n",
    "7\n1 9 8 7 6 5 2\n5\n2 6\n2 4\n3 7\n1 7\n2 3\n",
    "4\n-1000000000 1000000000 -999999999 1000000000\n3\n2 2\n2 4\n1 4\n",
]


def perf_inputs(rng):
    tests = []
    n = 20000
    for q, short in ((10000, False), (9000, True)):
        a = [rng.randint(-10**9, 10**9) for _ in range(n)]
        lines = [str(n), " ".join(map(str, a)), str(q)]
        for _ in range(q):
            if short and rng.random() < 0.5:
                l = rng.randint(1, n)
                r = min(n, l + rng.randint(0, 50))
            else:
                l = rng.randint(1, n)
                r = rng.randint(l, n)
            lines.append(f"{l} {r}")
        tests.append("\n".join(lines) + "\n")
    return tests


SOLUTIONS = [
    dict(name="sparse-table", correct=True, time="fast", memory="medium", reference=True,
         note="O(n log n) build with map(min, ...), O(1) per query: two overlapping power-of-two windows.",
         code='''\
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n = data[0]
    a = data[1:1 + n]
    table = [a]
    k = 1
    while (1 << k) <= n:
        prev, half = table[-1], 1 << (k - 1)
        table.append(list(map(min, prev[:n - (1 << k) + 1], prev[half:])))
        k += 1
    q = data[1 + n]
    out = []
    pos = 2 + n
    for _ in range(q):
        l, r = data[pos] - 1, data[pos + 1]
        pos += 2
        j = (r - l).bit_length() - 1
        row = table[j]
        x, y = row[l], row[r - (1 << j)]
        out.append(x if x < y else y)
    sys.stdout.write("\\n".join(map(str, out)) + "\\n")


main()
'''),
    dict(name="sqrt-blocks", correct=True, time="medium", memory="lean",
         note="O(n + q sqrt n) with C-level min over at most three short slices per query.",
         code='''\
import sys
from math import isqrt


def main():
    readline = sys.stdin.readline
    n = int(readline())
    a = list(map(int, readline().split()))
    size = max(1, isqrt(n))
    block_min = [min(a[i:i + size]) for i in range(0, n, size)]
    q = int(readline())
    write = sys.stdout.write
    for _ in range(q):
        l, r = readline().split()
        l, r = int(l) - 1, int(r)
        bl, br = (l + size - 1) // size, r // size
        if bl >= br:
            best = min(a[l:r])
        else:
            best = min(block_min[bl:br])
            if l < bl * size:
                best = min(best, min(a[l:bl * size]))
            if br * size < r:
                best = min(best, min(a[br * size:r]))
        write(f"{best}\\n")


main()
'''),
    dict(name="segment-tree", correct=True, time="medium", memory="medium",
         note="O(n + q log n): bottom-up iterative segment tree over a 2n-sized list.",
         code='''\
import sys

INF = float("inf")


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    tree = [INF] * n + [int(x) for x in data[1:1 + n]]
    for i in range(n - 1, 0, -1):
        tree[i] = min(tree[2 * i], tree[2 * i + 1])
    q = int(data[1 + n])
    res = []
    for t in range(q):
        lo = int(data[2 + n + 2 * t]) - 1 + n
        hi = int(data[3 + n + 2 * t]) + n
        best = INF
        while lo < hi:
            if lo & 1:
                best = min(best, tree[lo])
                lo += 1
            if hi & 1:
                hi -= 1
                best = min(best, tree[hi])
            lo >>= 1
            hi >>= 1
        res.append(best)
    print("\\n".join(map(str, res)))


main()
'''),
    dict(name="node-segment-tree", correct=True, time="medium", memory="hungry",
         note="O(n + q log n): recursive segment tree made of Node objects, one per segment.",
         code='''\
import sys

sys.setrecursionlimit(10000)


class Node:
    def __init__(self, lo, hi, values):
        self.lo, self.hi = lo, hi
        if lo == hi:
            self.left = self.right = None
            self.low = values[lo]
        else:
            mid = (lo + hi) // 2
            self.left = Node(lo, mid, values)
            self.right = Node(mid + 1, hi, values)
            self.low = min(self.left.low, self.right.low)

    def query(self, lo, hi):
        if lo <= self.lo and self.hi <= hi:
            return self.low
        if self.left.hi >= hi:
            return self.left.query(lo, hi)
        if self.right.lo <= lo:
            return self.right.query(lo, hi)
        return min(self.left.query(lo, hi), self.right.query(lo, hi))


n = int(sys.stdin.readline())
values = list(map(int, sys.stdin.readline().split()))
root = Node(0, n - 1, values)
q = int(sys.stdin.readline())
answers = []
for _ in range(q):
    l, r = map(int, sys.stdin.readline().split())
    answers.append(root.query(l - 1, r - 1))
print("\\n".join(map(str, answers)))
'''),
    dict(name="offline-stack-dsu", correct=True, time="fast", memory="medium",
         note="O((n + q) alpha(n)) offline: queries grouped by r, a monotonic stack plus union-find.",
         code='''\
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    q = int(data[1 + n])
    by_right = [[] for _ in range(n)]
    for i in range(q):
        l, r = int(data[2 + n + 2 * i]) - 1, int(data[3 + n + 2 * i]) - 1
        by_right[r].append((l, i))
    parent = list(range(n))
    ans = [0] * q
    stack = []
    for r in range(n):
        while stack and a[stack[-1]] >= a[r]:
            parent[stack.pop()] = r
        stack.append(r)
        for l, i in by_right[r]:
            root = l
            while parent[root] != root:
                root = parent[root]
            while parent[l] != root:          # path compression
                parent[l], l = root, parent[l]
            ans[i] = a[root]
    sys.stdout.write("\\n".join(map(str, ans)) + "\\n")


main()
'''),
    dict(name="slice-min", correct=True, time="slow", memory="lean",
         note="O(n * q): min() over the slice of every query.",
         code='''\
n = int(input())
a = list(map(int, input().split()))
q = int(input())
for _ in range(q):
    l, r = map(int, input().split())
    print(min(a[l - 1:r]))
'''),
    dict(name="sparse-wrong-level", correct=False,
         note="Wrong: picks the level from (r - l).bit_length() with 1-indexed l, r, so windows overshoot the range.",
         code='''\
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
sp = [a]
j = 1
while (1 << j) <= n:
    last = sp[-1]
    sp.append([min(last[i], last[i + (1 << (j - 1))]) for i in range(n - (1 << j) + 1)])
    j += 1
q = int(data[1 + n])
out = []
for t in range(q):
    l, r = int(data[2 + n + 2 * t]), int(data[3 + n + 2 * t])
    k = (r - l).bit_length()
    k = min(k, len(sp) - 1)
    out.append(min(sp[k][l - 1], sp[k][max(r - (1 << k), 0)]))
print("\\n".join(map(str, out)))
'''),
]
