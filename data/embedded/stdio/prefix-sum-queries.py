PROBLEM = dict(
    problem_id="prefix-sum-queries",
    title="Range Sum Queries",
    io="stdio",
    difficulty="easy",
    tags=["array", "prefix-sums", "queries"],
    split="train",
    statement="""\
You are given an array of `n` integers and `q` queries. Each query names two positions `l` and `r`
(1-indexed, `l <= r`) and asks for the sum `a_l + a_{l+1} + ... + a_r`.

**Input.** The first line holds `n`. The second line holds `n` integers `a_1 ... a_n`. The third line holds `q`.
Each of the next `q` lines holds two integers `l r`.

**Output.** Print `q` lines: the answer to each query, in order.

**Example.**

```
5
3 -1 4 1 5
3
1 3
2 5
4 4
```

prints

```
6
9
1
```

**Constraints.** `1 <= n <= 20000`, `1 <= q <= 20000`, `-10^9 <= a_i <= 10^9`, `1 <= l <= r <= n`.
""",
    starter_code="",
)

EDGE_INPUTS = [
    "5\n3 -1 4 1 5\n3\n1 3\n2 5\n4 4\n",
    "1\n-7\n1\n1 1\n",
    "4\n1000000000 1000000000 1000000000 1000000000\n2\n1 4\n2 3\n",
    "6\n0 0 0 0 0 0\n2\n1 6\n3 3\n",
    "5\n-5 -4 -3 -2 -1\n4\n1 1\n5 5\n1 5\n2 4\n",
    "3\n1 2 3\n6\n1 1\n1 2\n1 3\n2 2\n2 3\n3 3\n",
]


def perf_inputs(rng):
    tests = []
    for n, q in ((20000, 20000), (20000, 12000)):
        a = [rng.randint(-10**9, 10**9) for _ in range(n)]
        lines = [str(n), " ".join(map(str, a)), str(q)]
        for _ in range(q):
            l = rng.randint(1, n)
            r = rng.randint(l, n)
            lines.append(f"{l} {r}")
        tests.append("\n".join(lines) + "\n")
    return tests


SOLUTIONS = [
    dict(name="prefix-read-all", correct=True, time="fast", memory="hungry", reference=True,
         note="O(n + q): reads every token at once, builds prefix sums, answers with one write.",
         code='''\
import sys
from itertools import accumulate


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    pre = [0] + list(accumulate(a))
    q = int(data[1 + n])
    nums = list(map(int, data[2 + n:2 + n + 2 * q]))
    out = [pre[r] - pre[l - 1] for l, r in zip(nums[0::2], nums[1::2])]
    sys.stdout.write("\\n".join(map(str, out)) + "\\n")


main()
'''),
    dict(name="prefix-readline", correct=True, time="fast", memory="lean",
         note="O(n + q): prefix sums built while streaming the array, queries read line by line.",
         code='''\
import sys
from itertools import accumulate


def main():
    readline = sys.stdin.readline
    readline()
    pre = [0]
    pre.extend(accumulate(map(int, readline().split())))
    q = int(readline())
    write = sys.stdout.write
    for _ in range(q):
        l, r = readline().split()
        write(f"{pre[int(r)] - pre[int(l) - 1]}\\n")


main()
'''),
    dict(name="prefix-input-print", correct=True, time="medium", memory="medium",
         note="O(n + q) with a hand-written prefix loop, input() and print() per query.",
         code='''\
n = int(input())
a = list(map(int, input().split()))
prefix = [0] * (n + 1)
for i in range(n):
    prefix[i + 1] = prefix[i] + a[i]
q = int(input())
for _ in range(q):
    l, r = map(int, input().split())
    print(prefix[r] - prefix[l - 1])
'''),
    dict(name="block-sums", correct=True, time="medium", memory="medium",
         note="O(q * sqrt(n)): precomputed block totals plus the partial blocks at both ends.",
         code='''\
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    size = max(1, int(n ** 0.5))
    blocks = [sum(a[i:i + size]) for i in range(0, n, size)]
    q = int(data[1 + n])
    pos = 2 + n
    out = []
    for _ in range(q):
        l, r = int(data[pos]) - 1, int(data[pos + 1])
        pos += 2
        bl, br = -(-l // size), r // size
        if bl >= br:
            out.append(sum(a[l:r]))
        else:
            out.append(sum(a[l:bl * size]) + sum(blocks[bl:br]) + sum(a[br * size:r]))
    print("\\n".join(map(str, out)))


main()
'''),
    dict(name="slice-sum", correct=True, time="slow", memory="medium",
         note="O(n * q): sums the slice for every query.",
         code='''\
n = int(input())
a = list(map(int, input().split()))
q = int(input())
for _ in range(q):
    l, r = map(int, input().split())
    print(sum(a[l - 1:r]))
'''),
    dict(name="slice-sum-collected", correct=True, time="slow", memory="hungry",
         note="O(n * q): reads all queries into a list of [l, r] lists first, then sums each slice.",
         code='''\
import sys

lines = sys.stdin.read().splitlines()
n = int(lines[0])
arr = [int(x) for x in lines[1].split()]
q = int(lines[2])
queries = [list(map(int, line.split())) for line in lines[3:3 + q]]
answers = [sum(arr[l - 1:r]) for l, r in queries]
print("\\n".join(str(s) for s in answers))
'''),
    dict(name="prefix-off-by-one", correct=False,
         note="Wrong: uses pre[r] - pre[l] with 1-indexed l, dropping a_l from every sum.",
         code='''\
import sys
from itertools import accumulate

data = sys.stdin.read().split()
n = int(data[0])
pre = [0] + list(accumulate(map(int, data[1:1 + n])))
q = int(data[1 + n])
it = iter(data[2 + n:])
print("\\n".join(str(pre[int(r)] - pre[int(l)]) for l, r in zip(it, it)))
'''),
]
