PROBLEM = dict(
    problem_id="grid-paths-mod",
    title="Paths Through a Blocked Grid",
    io="stdio",
    difficulty="medium",
    tags=["grid", "dynamic-programming", "combinatorics"],
    split="train",
    statement="""\
A grid has `n` rows and `m` columns. Each cell is either free (`.`) or blocked (`#`). A robot starts in the
top-left cell and wants to reach the bottom-right cell; in one step it moves one cell right or one cell down, and
it may never enter a blocked cell (if the start or the finish is blocked there is no path at all).

Count the different paths, modulo `10^9 + 7`.

**Input.** The first line holds `n` and `m`. Each of the next `n` lines holds a string of `m` characters `.` or `#`.

**Output.** Print one integer: the number of paths modulo `1000000007`.

**Example.**

```
3 4
....
.#..
...#
```

prints `0`: the finish itself is blocked. With the last row `....` the answer would be `4`.

**Constraints.** `1 <= n, m <= 400`.
""",
    starter_code="",
)

EDGE_INPUTS = [
    "3 4\n....\n.#..\n....\n",
    "3 4\n....\n.#..\n...#\n",
    "1 1\n.\n",
    "1 1\n#\n",
    "2 2\n#.\n..\n",
    "1 5\n..#..\n",
    "4 1\n.\n.\n.\n.\n",
    "3 3\n.#.\n#..\n...\n",
]


def perf_inputs(rng):
    tests = []
    for n, m, density in ((400, 400, 0.015), (300, 400, 0.015)):
        rows = []
        for i in range(n):
            rows.append("".join("#" if rng.random() < density else "." for _ in range(m)))
        rows[0] = "." + rows[0][1:]
        rows[-1] = rows[-1][:-1] + "."
        tests.append(f"{n} {m}\n" + "\n".join(rows) + "\n")
    return tests


SOLUTIONS = [
    dict(name="rolling-row", correct=True, time="fast", memory="lean", reference=True,
         note="O(n*m) time, O(m) memory: one row of counts updated in place, rows streamed with readline.",
         code='''\
import sys

MOD = 10**9 + 7


def main():
    n, m = map(int, sys.stdin.readline().split())
    row = [0] * m
    row[0] = 1
    for _ in range(n):
        line = sys.stdin.readline()
        left = 0
        for j in range(m):
            if line[j] == "#":
                left = 0
            else:
                left = (left + row[j]) % MOD
            row[j] = left
    print(row[m - 1])


main()
'''),
    dict(name="segment-accumulate", correct=True, time="fast", memory="medium",
         note="O(n*m): inside each run of free cells a row is a prefix sum of the row above (itertools.accumulate).",
         code='''\
import sys
from itertools import accumulate

MOD = 10**9 + 7


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    prev = [1] + [0] * (m - 1)
    for line in data[2:2 + n]:
        cur = []
        start = 0
        for piece in line.split("#"):
            cur.extend(v % MOD for v in accumulate(prev[start:start + len(piece)]))
            cur.append(0)
            start += len(piece) + 1
        cur.pop()
        prev = cur
    print(prev[-1])


main()
'''),
    dict(name="full-table", correct=True, time="medium", memory="hungry",
         note="O(n*m) time and memory: the classic 2-D DP table over the whole grid.",
         code='''\
MOD = 10**9 + 7
n, m = map(int, input().split())
grid = [input() for _ in range(n)]
dp = [[0] * m for _ in range(n)]
for i in range(n):
    for j in range(m):
        if grid[i][j] == "#":
            continue
        if i == 0 and j == 0:
            dp[i][j] = 1
            continue
        up = dp[i - 1][j] if i > 0 else 0
        left = dp[i][j - 1] if j > 0 else 0
        dp[i][j] = (up + left) % MOD
print(dp[n - 1][m - 1])
'''),
    dict(name="memo-recursion", correct=True, time="medium", memory="hungry",
         note="O(n*m) states with lru_cache recursion from the finish backwards; heavy per-call overhead.",
         code='''\
import sys
from functools import lru_cache

sys.setrecursionlimit(10000)
MOD = 10**9 + 7
n, m = map(int, sys.stdin.readline().split())
grid = [sys.stdin.readline().rstrip("\\n") for _ in range(n)]


@lru_cache(maxsize=None)
def ways(i, j):
    if i < 0 or j < 0 or grid[i][j] == "#":
        return 0
    if i == 0 and j == 0:
        return 1
    return (ways(i - 1, j) + ways(i, j - 1)) % MOD


# fill row by row so the recursion never gets deep
for i in range(n):
    for j in range(m):
        ways(i, j)
print(ways(n - 1, m - 1))
'''),
    dict(name="exact-bigint-table", correct=True, time="medium", memory="hungry",
         note="O(n*m) big-integer additions: counts paths exactly in a full table and reduces only at the end.",
         code='''\
n, m = map(int, input().split())
rows = [input() for _ in range(n)]
table = [[0] * (m + 1) for _ in range(n + 1)]
table[0][1] = 1  # a virtual cell above the start feeds it one path
for i in range(1, n + 1):
    line = rows[i - 1]
    above, here = table[i - 1], table[i]
    for j in range(1, m + 1):
        if line[j - 1] != "#":
            here[j] = above[j] + here[j - 1]
print(table[n][m] % (10**9 + 7))
'''),
    dict(name="exact-bigint-row", correct=True, time="medium", memory="lean",
         note="O(n*m) big-integer additions with a single rolling row; the mod is applied only at the end.",
         code='''\
n, m = map(int, input().split())
counts = [1] + [0] * (m - 1)
for _ in range(n):
    line = input()
    for j in range(m):
        if line[j] == "#":
            counts[j] = 0
        elif j:
            counts[j] += counts[j - 1]
print(counts[-1] % 1000000007)
'''),
    dict(name="blocked-inclusion-exclusion", correct=True, time="slow", memory="medium",
         note="O(k^2) for k blocked cells: paths to each blocked cell minus those through earlier blocked cells.",
         code='''\
import sys

MOD = 10**9 + 7


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    rows = data[2:2 + n]
    if rows[0][0] == "#" or rows[n - 1][m - 1] == "#":
        print(0)
        return
    top = n + m
    fact = [1] * (top + 1)
    for i in range(1, top + 1):
        fact[i] = fact[i - 1] * i % MOD
    inv = [1] * (top + 1)
    inv[top] = pow(fact[top], MOD - 2, MOD)
    for i in range(top, 0, -1):
        inv[i - 1] = inv[i] * i % MOD

    def paths(dr, dc):
        return fact[dr + dc] * inv[dr] % MOD * inv[dc] % MOD

    cells = [(r, c) for r in range(n) for c in range(m) if rows[r][c] == "#"]
    cells.append((n - 1, m - 1))
    # f[i]: paths from the start to cells[i] that touch no earlier blocked cell
    f = []
    for i, (r, c) in enumerate(cells):
        total = paths(r, c)
        for j in range(i):
            rj, cj = cells[j]
            if rj <= r and cj <= c:
                total -= f[j] * paths(r - rj, c - cj)
        f.append(total % MOD)
    print(f[-1])


main()
'''),
    dict(name="ignores-blocked-start", correct=False,
         note="Wrong: seeds the start with 1 before looking at it, so a blocked start still yields paths.",
         code='''\
import sys

MOD = 10**9 + 7
n, m = map(int, sys.stdin.readline().split())
grid = sys.stdin.read().split()
dp = [0] * m
for i in range(n):
    for j in range(m):
        if i == 0 and j == 0:
            dp[0] = 1
        elif grid[i][j] == "#":
            dp[j] = 0
        elif j > 0:
            dp[j] = (dp[j] + dp[j - 1]) % MOD
print(dp[m - 1])
'''),
]
