PROBLEM = dict(
    problem_id="max-nonoverlap-intervals",
    title="Most Meetings in One Room",
    io="stdio",
    difficulty="medium",
    tags=["greedy", "sorting", "intervals"],
    split="train",
    statement="""\
There are `n` meeting requests for a single room. Request `i` occupies the room from time `l_i` to time `r_i`
(`l_i < r_i`). Two accepted meetings must not overlap, but one may start exactly when another ends: `[1, 3]` and
`[3, 5]` can both be accepted, `[1, 3]` and `[2, 5]` cannot. What is the largest number of requests that can be
accepted?

**Input.** The first line holds `n`. Each of the next `n` lines holds two integers `l_i r_i`.

**Output.** Print one integer: the maximum number of pairwise non-overlapping meetings.

**Example.**

```
5
1 4
3 5
0 6
5 7
8 9
```

prints `3`, for example with `[1, 4]`, `[5, 7]` and `[8, 9]`.

**Constraints.** `1 <= n <= 2500`, `0 <= l_i < r_i <= 10^9`. Requests may repeat.
""",
    starter_code="",
)

EDGE_INPUTS = [
    "5\n1 4\n3 5\n0 6\n5 7\n8 9\n",
    "1\n0 1000000000\n",
    "4\n1 3\n3 5\n5 7\n7 9\n",
    "3\n2 4\n2 4\n2 4\n",
    "4\n0 10\n1 2\n3 4\n5 6\n",
    "5\n6 8\n1 2\n2 3\n0 7\n3 6\n",
]


def perf_inputs(rng):
    tests = []
    for n, span, longest in ((2500, 10**6, 10**4), (2500, 5000, 40)):
        lines = [str(n)]
        for _ in range(n):
            l = rng.randint(0, span)
            lines.append(f"{l} {l + rng.randint(1, longest)}")
        tests.append("\n".join(lines) + "\n")
    return tests


SOLUTIONS = [
    dict(name="greedy-earliest-end", correct=True, time="fast", memory="lean", reference=True,
         note="O(n log n): sort by end time and take every meeting that starts after the last one taken ends.",
         code='''\
import sys


def main():
    n = int(sys.stdin.readline())
    meetings = []
    for _ in range(n):
        l, r = sys.stdin.readline().split()
        meetings.append((int(r), int(l)))
    meetings.sort()
    taken, free_at = 0, -1
    for end, start in meetings:
        if start >= free_at:
            taken += 1
            free_at = end
    print(taken)


main()
'''),
    dict(name="greedy-latest-start", correct=True, time="fast", memory="medium",
         note="O(n log n): the mirror greedy, scanning by start time from the right.",
         code='''\
import sys

data = sys.stdin.read().split()
n = int(data[0])
starts = data[1:2 * n + 1:2]
ends = data[2:2 * n + 2:2]
items = sorted(zip(map(int, starts), map(int, ends)), reverse=True)
count = 0
boundary = float("inf")
for s, e in items:
    if e <= boundary:
        count += 1
        boundary = s
print(count)
'''),
    dict(name="heap-by-end", correct=True, time="fast", memory="medium",
         note="O(n log n): heapify by end time and pop meetings in that order.",
         code='''\
import heapq

n = int(input())
heap = []
for _ in range(n):
    a, b = map(int, input().split())
    heap.append((b, a))
heapq.heapify(heap)
answer = 0
last_end = -1
while heap:
    b, a = heapq.heappop(heap)
    if a >= last_end:
        answer += 1
        last_end = b
print(answer)
'''),
    dict(name="dp-bisect", correct=True, time="fast", memory="medium",
         note="O(n log n) weighted-interval DP: best[i] = max(best[i-1], 1 + best[last compatible]).",
         code='''\
import sys
from bisect import bisect_right


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    iv = sorted((int(data[2 + 2 * i]), int(data[1 + 2 * i])) for i in range(n))
    ends = [e for e, _ in iv]
    best = [0] * (n + 1)
    for i, (e, s) in enumerate(iv, 1):
        k = bisect_right(ends, s, 0, i - 1)
        best[i] = max(best[i - 1], best[k] + 1)
    print(best[n])


main()
'''),
    dict(name="quadratic-dp", correct=True, time="slow", memory="lean",
         note="O(n^2): after sorting by end, dp[i] looks at every earlier meeting that ends before i starts.",
         code='''\
def main():
    n = int(input())
    iv = [tuple(map(int, input().split())) for _ in range(n)]
    iv.sort(key=lambda p: p[1])
    dp = [1] * n
    for i in range(n):
        s = iv[i][0]
        best = 0
        for j in range(i):
            if iv[j][1] <= s and dp[j] > best:
                best = dp[j]
        dp[i] = best + 1
    print(max(dp))


main()
'''),
    dict(name="store-schedules", correct=True, time="slow", memory="hungry",
         note="O(n^2) time, O(n * answer) memory: keeps a best schedule (list of meetings) ending at every meeting.",
         code='''\
import sys

data = sys.stdin.read().split()
n = int(data[0])
meetings = sorted(((int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)), key=lambda m: m[1])
plans = []
for i, (l, r) in enumerate(meetings):
    best = []
    for j in range(i):
        if meetings[j][1] <= l and len(plans[j]) > len(best):
            best = plans[j]
    plans.append(best + [(l, r)])
print(max(len(p) for p in plans))
'''),
    dict(name="touching-counts-as-overlap", correct=False,
         note="Wrong: uses a strict comparison, so a meeting starting exactly when the previous one ends is refused.",
         code='''\
import sys

data = sys.stdin.read().split()
n = int(data[0])
pairs = sorted(zip(map(int, data[2::2]), map(int, data[1::2])))
total, last = 0, -1
for r, l in pairs:
    if l > last:
        total += 1
        last = r
print(total)
'''),
]
