PROBLEM = dict(
    problem_id="removals-to-match-lists",
    title="Removals to Make Two Lists Match",
    io="call",
    entry_point="minRemovals",
    difficulty="easy",
    tags=["array", "counting"],
    pattern="count-in-loop",
    split="test",
    statement="""\
You may remove elements from lists `a` and `b`. Return the fewest removals (from both together) after which `a`
and `b` hold the same values with the same multiplicities, in any order.

**Example.** `a = [1, 2, 2, 3]`, `b = [2, 3, 3]` gives `3`: remove 1 and one 2 from `a`, one 3 from `b`.

**Constraints.** `0 <= len(a), len(b) <= 2000`, `0 <= value <= 10^6`.
""",
    starter_code="class Solution:\n    def minRemovals(self, a: List[int], b: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[1, 2, 2, 3], [2, 3, 3]],
    [[], []],
    [[4, 4], []],
    [[], [1]],
    [[5, 6, 7], [7, 6, 5]],
    [[1, 1, 1], [1]],
]


def perf_inputs(rng):
    n = 1200
    a = [rng.randint(0, 10**6) for _ in range(n)]
    b = a[: n // 2] + [rng.randint(0, 10**6) for _ in range(n // 2)]
    return [[a, b]]


SOLUTIONS = [
    dict(name="counter-difference", correct=True, time="fast", reference=True,
         note="Count both lists once with Counters; each value costs the gap between its two counts: O(n).",
         code='''\
from collections import Counter

class Solution:
    def minRemovals(self, a, b):
        ca, cb = Counter(a), Counter(b)
        return sum(abs(ca[v] - cb[v]) for v in set(ca) | set(cb))
'''),
    dict(name="counter-subtract", correct=True, time="fast",
         note="Counter subtraction keeps only the surplus on each side: O(n) with two counting passes.",
         code='''\
from collections import Counter

class Solution:
    def minRemovals(self, a, b):
        ca, cb = Counter(a), Counter(b)
        return sum((ca - cb).values()) + sum((cb - ca).values())
'''),
    dict(name="count-per-value", correct=True, time="slow",
         note="a.count(v) and b.count(v) for every distinct value rescan both lists each time: O(n^2).",
         code='''\
class Solution:
    def minRemovals(self, a, b):
        total = 0
        for v in set(a) | set(b):
            total += abs(a.count(v) - b.count(v))
        return total
'''),
    dict(name="distinct-difference", correct=False,
         note="Wrong: a symmetric difference of sets ignores how many copies of a shared value each list has.",
         code='''\
class Solution:
    def minRemovals(self, a, b):
        sa, sb = set(a), set(b)
        return sum(1 for x in a if x not in sb) + sum(1 for x in b if x not in sa)
'''),
]
