PROBLEM = dict(
    problem_id="lis-length",
    title="Longest Increasing Subsequence",
    io="stdio",
    difficulty="medium",
    tags=["array", "dynamic-programming", "binary-search"],
    split="train",
    statement="""\
Given a sequence of `n` integers, find the length of its longest strictly increasing subsequence: the largest
`k` for which there are positions `i_1 < i_2 < ... < i_k` with `a_{i_1} < a_{i_2} < ... < a_{i_k}`.
The chosen positions do not have to be adjacent.

**Input.** The first line holds `n`. The second line holds `n` integers `a_1 ... a_n`.

**Output.** Print one integer: the length of a longest strictly increasing subsequence.

**Example.**

```
8
5 2 8 6 3 6 9 7
```

prints `4` (for instance `2 3 6 9`, or `2 3 6 7`).

**Constraints.** `1 <= n <= 2500`, `-10^9 <= a_i <= 10^9`.
""",
    starter_code="",
)

EDGE_INPUTS = [
    "8\n5 2 8 6 3 6 9 7\n",
    "1\n42\n",
    "5\n7 7 7 7 7\n",
    "6\n6 5 4 3 2 1\n",
    "6\n1 2 2 3 3 4\n",
    "7\n-3 -1 -2 0 -5 1 1\n",
    "4\n1000000000 -1000000000 999999999 -999999999\n",
]


def perf_inputs(rng):
    n = 2500
    noisy = [rng.randint(-1000, 1000) for _ in range(n)]
    trend = [3 * i + rng.randint(-900, 900) for i in range(n)]
    return [
        f"{n}\n" + " ".join(map(str, noisy)) + "\n",
        f"{n}\n" + " ".join(map(str, trend)) + "\n",
    ]


SOLUTIONS = [
    dict(name="patience-bisect", correct=True, time="fast", memory="lean", reference=True,
         note="O(n log n): tails[k] is the smallest possible tail of an increasing run of length k+1.",
         code='''\
import sys
from bisect import bisect_left


def main():
    sys.stdin.readline()
    tails = []
    for x in map(int, sys.stdin.readline().split()):
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    print(len(tails))


main()
'''),
    dict(name="patience-manual-search", correct=True, time="fast", memory="medium",
         note="O(n log n): the same tails array with a hand-written binary search.",
         code='''\
n = int(input())
a = list(map(int, input().split()))
tails = []
for x in a:
    lo, hi = 0, len(tails)
    while lo < hi:
        mid = (lo + hi) // 2
        if tails[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    if lo == len(tails):
        tails.append(x)
    else:
        tails[lo] = x
print(len(tails))
'''),
    dict(name="fenwick-max", correct=True, time="fast", memory="medium",
         note="O(n log n): coordinate compression and a Fenwick tree of prefix maxima over the values.",
         code='''\
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    rank = {v: i + 1 for i, v in enumerate(sorted(set(a)))}
    m = len(rank)
    tree = [0] * (m + 1)
    best = 0
    for x in a:
        i = rank[x] - 1          # strictly smaller values only
        cur = 0
        while i > 0:
            if tree[i] > cur:
                cur = tree[i]
            i -= i & -i
        cur += 1
        best = max(best, cur)
        i = rank[x]
        while i <= m:
            if tree[i] < cur:
                tree[i] = cur
            i += i & -i
    print(best)


main()
'''),
    dict(name="quadratic-dp", correct=True, time="slow", memory="lean",
         note="O(n^2): dp[i] is the longest run ending at i, trying every earlier j.",
         code='''\
def main():
    n = int(input())
    a = list(map(int, input().split()))
    dp = [1] * n
    for i in range(n):
        ai = a[i]
        best = 0
        for j in range(i):
            if a[j] < ai and dp[j] > best:
                best = dp[j]
        dp[i] = best + 1
    print(max(dp))


main()
'''),
    dict(name="quadratic-genexpr", correct=True, time="slow", memory="medium",
         note="O(n^2): the same DP written with max() over a generator expression.",
         code='''\
n = int(input())
a = [int(v) for v in input().split()]
dp = []
for i, x in enumerate(a):
    dp.append(1 + max((dp[j] for j in range(i) if a[j] < x), default=0))
print(max(dp))
'''),
    dict(name="store-sequences", correct=True, time="slow", memory="hungry",
         note="O(n^2) time and O(n * answer) memory: keeps an actual longest subsequence ending at every index.",
         code='''\
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(v) for v in data[1:1 + n]]
seqs = []
for i in range(n):
    best = []
    for j in range(i):
        if a[j] < a[i] and len(seqs[j]) > len(best):
            best = seqs[j]
    seqs.append(best + [a[i]])
print(max(len(s) for s in seqs))
'''),
    dict(name="non-strict-bisect", correct=False,
         note="Wrong: bisect_right lets equal values extend the run, computing the non-decreasing length.",
         code='''\
from bisect import bisect_right

n = int(input())
tails = []
for x in map(int, input().split()):
    k = bisect_right(tails, x)
    if k == len(tails):
        tails.append(x)
    else:
        tails[k] = x
print(len(tails))
'''),
]
