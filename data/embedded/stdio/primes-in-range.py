PROBLEM = dict(
    problem_id="primes-in-range",
    title="Counting Primes in Ranges",
    io="stdio",
    difficulty="medium",
    tags=["math", "number-theory", "sieve", "queries"],
    split="test",
    statement="""\
Answer `q` questions of the form: how many prime numbers `p` satisfy `l <= p <= r`? (A prime is an integer
greater than `1` whose only positive divisors are `1` and itself.)

**Input.** The first line holds `q`. Each of the next `q` lines holds two integers `l r`.

**Output.** Print `q` lines, the answer to each question in order.

**Example.**

```
3
1 10
11 19
20 22
```

prints

```
4
4
0
```

(the primes are `2 3 5 7`, then `11 13 17 19`, and there is none between `20` and `22`).

**Constraints.** `1 <= q <= 250`, `1 <= l <= r <= 10^6`.
""",
    starter_code="",
)

EDGE_INPUTS = [
    "3\n1 10\n11 19\n20 22\n",
    "1\n1 1\n",
    "2\n2 2\n1 2\n",
    "3\n4 4\n24 28\n90 96\n",
    "2\n999983 999983\n999980 1000000\n",
    "4\n1 100\n97 97\n98 100\n1 1000000\n",
]


def perf_inputs(rng):
    tests = []
    for q in (250, 200):
        lines = [str(q)]
        for _ in range(q):
            a, b = rng.randint(1, 10**6), rng.randint(1, 10**6)
            lines.append(f"{min(a, b)} {max(a, b)}")
        tests.append("\n".join(lines) + "\n")
    return tests


SOLUTIONS = [
    dict(name="sieve-prefix", correct=True, time="medium", memory="hungry", reference=True,
         note="O(R log log R + q): one bytearray sieve up to the largest r, then a prefix-count list.",
         code='''\
import sys
from itertools import accumulate

data = sys.stdin.read().split()
q = int(data[0])
pairs = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(q)]
limit = max(r for _, r in pairs)
sieve = bytearray([1]) * (limit + 1)
sieve[0] = 0
if limit >= 1:
    sieve[1] = 0
for p in range(2, int(limit ** 0.5) + 1):
    if sieve[p]:
        sieve[p * p::p] = bytes(len(range(p * p, limit + 1, p)))
prefix = list(accumulate(sieve))
out = [prefix[r] - prefix[l - 1] for l, r in pairs]
sys.stdout.write("\\n".join(map(str, out)) + "\\n")
'''),
    dict(name="sieve-bisect", correct=True, time="fast", memory="medium",
         note="O(R log log R + q log R): the list of primes up to the largest r, counted with bisect.",
         code='''\
import sys
from bisect import bisect_left, bisect_right
from itertools import compress


def main():
    data = sys.stdin.read().split()
    q = int(data[0])
    nums = list(map(int, data[1:1 + 2 * q]))
    limit = max(nums)
    is_p = bytearray([1]) * (limit + 1)
    is_p[:2] = b"\\x00\\x00"[:limit + 1]
    for p in range(2, int(limit ** 0.5) + 1):
        if is_p[p]:
            is_p[p * p::p] = bytes(len(range(p * p, limit + 1, p)))
    primes = list(compress(range(limit + 1), is_p))
    res = []
    for i in range(q):
        l, r = nums[2 * i], nums[2 * i + 1]
        res.append(bisect_right(primes, r) - bisect_left(primes, l))
    print("\\n".join(map(str, res)))


main()
'''),
    dict(name="sieve-count-slices", correct=True, time="medium", memory="lean",
         note="O(R log log R + q * R) in C: one fixed sieve to 10^6, each query counts ones in its slice.",
         code='''\
import sys

N = 10**6


def main():
    sieve = bytearray([1]) * (N + 1)
    sieve[0] = sieve[1] = 0
    i = 2
    while i * i <= N:
        if sieve[i]:
            sieve[i * i::i] = bytes(len(range(i * i, N + 1, i)))
        i += 1
    q = int(sys.stdin.readline())
    for _ in range(q):
        l, r = map(int, sys.stdin.readline().split())
        sys.stdout.write(f"{sieve.count(1, l, r + 1)}\\n")


main()
'''),
    dict(name="pure-python-sieve", correct=True, time="medium", memory="hungry",
         note="O(R log log R) with Python-level loops over a list of booleans and a hand-rolled prefix count.",
         code='''\
q = int(input())
queries = [tuple(map(int, input().split())) for _ in range(q)]
n = max(r for _, r in queries)
is_prime = [True] * (n + 1)
is_prime[0] = False
if n >= 1:
    is_prime[1] = False
i = 2
while i * i <= n:
    if is_prime[i]:
        for j in range(i * i, n + 1, i):
            is_prime[j] = False
    i += 1
count = [0] * (n + 1)
running = 0
for k in range(n + 1):
    if is_prime[k]:
        running += 1
    count[k] = running
for l, r in queries:
    print(count[r] - count[l - 1])
'''),
    dict(name="sieve-per-query", correct=True, time="slow", memory="lean",
         note="O(q * r log log r): rebuilds a fresh sieve up to r for every single query.",
         code='''\
def primes_upto(n):
    mark = bytearray([1]) * (n + 1)
    mark[0] = 0
    if n >= 1:
        mark[1] = 0
    for p in range(2, int(n ** 0.5) + 1):
        if mark[p]:
            mark[p * p::p] = bytes(len(range(p * p, n + 1, p)))
    return mark


q = int(input())
for _ in range(q):
    l, r = map(int, input().split())
    mark = primes_upto(r)
    print(sum(mark[l:r + 1]))
'''),
    dict(name="odd-sieve-per-query", correct=True, time="slow", memory="medium",
         note="O(q * r log log r): an odds-only sieve recomputed per query, primes counted with sum().",
         code='''\
import sys


def count_primes(l, r):
    if r < 2:
        return 0
    half = r // 2 + 1          # index k stands for 2k + 1
    odd = [True] * half
    odd[0] = False             # 1 is not prime
    k = 1
    while (2 * k + 1) ** 2 <= r:
        if odd[k]:
            p = 2 * k + 1
            start = p * p // 2
            odd[start::p] = [False] * len(range(start, half, p))
        k += 1
    lo = max(l, 3)
    total = sum(odd[lo // 2:(r - 1) // 2 + 1]) if lo <= r else 0
    return total + (1 if l <= 2 <= r else 0)


q = int(sys.stdin.readline())
for _ in range(q):
    l, r = map(int, sys.stdin.readline().split())
    print(count_primes(l, r))
'''),
    dict(name="one-counted-as-prime", correct=False,
         note="Wrong: never clears the entry for 1, so any range starting at 1 is one too large.",
         code='''\
import sys
from itertools import accumulate

data = sys.stdin.read().split()
q = int(data[0])
nums = list(map(int, data[1:]))
top = max(nums)
s = bytearray([1]) * (top + 1)
s[0] = 0
for p in range(2, int(top ** 0.5) + 1):
    if s[p]:
        s[p * p::p] = bytes(len(range(p * p, top + 1, p)))
pre = list(accumulate(s))
print("\\n".join(str(pre[nums[2 * i + 1]] - pre[nums[2 * i] - 1]) for i in range(q)))
'''),
]
