PROBLEM = dict(
    problem_id="earlier-smaller-arrivals",
    title="Earlier Arrivals With Smaller Numbers",
    io="call",
    entry_point="earlierSmaller",
    difficulty="easy",
    tags=["array", "binary-search", "sorting"],
    pattern="sorted-search",
    split="test",
    statement="""\
Tickets arrive one at a time with the numbers in `tickets`. For each ticket, report how many tickets that arrived
before it have a strictly smaller number.

**Example.** `tickets = [5, 2, 8, 5, 1]` gives `[0, 0, 2, 1, 0]`.

**Constraints.** `0 <= len(tickets) <= 3000`, `0 <= tickets[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def earlierSmaller(self, tickets: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[5, 2, 8, 5, 1]],
    [[]],
    [[4]],
    [[3, 3, 3]],
    [[1, 2, 3, 4]],
    [[4, 3, 2, 1]],
]


def perf_inputs(rng):
    return [[[rng.randint(0, 10**9) for _ in range(2000)]]]


SOLUTIONS = [
    dict(name="insort-bisect", correct=True, time="fast", reference=True,
         note="Keep the earlier tickets in a sorted list: bisect_left counts the smaller ones in O(log n), and "
              "insort adds the new one with one fast memory shift.",
         code='''\
from bisect import bisect_left, insort

class Solution:
    def earlierSmaller(self, tickets):
        seen = []
        result = []
        for t in tickets:
            result.append(bisect_left(seen, t))
            insort(seen, t)
        return result
'''),
    dict(name="sorted-list-scan", correct=True, time="slow",
         note="The earlier tickets are kept sorted, but walking that list to find the spot is O(n) Python steps "
              "per ticket: O(n^2).",
         code='''\
class Solution:
    def earlierSmaller(self, tickets):
        seen = []
        result = []
        for t in tickets:
            pos = 0
            while pos < len(seen) and seen[pos] < t:
                pos += 1
            result.append(pos)
            seen.insert(pos, t)
        return result
'''),
    dict(name="fenwick-ranks", correct=True, time="fast",
         note="Compress the numbers to ranks and count earlier smaller ones with a Fenwick tree: O(n log n).",
         code='''\
class Solution:
    def earlierSmaller(self, tickets):
        rank = {v: i + 1 for i, v in enumerate(sorted(set(tickets)))}
        tree = [0] * (len(rank) + 1)
        result = []
        for t in tickets:
            i, count = rank[t] - 1, 0
            while i > 0:
                count += tree[i]
                i -= i & -i
            result.append(count)
            i = rank[t]
            while i < len(tree):
                tree[i] += 1
                i += i & -i
        return result
'''),
    dict(name="smaller-or-equal", correct=False,
         note="Wrong: bisect_right also counts earlier tickets with the same number.",
         code='''\
from bisect import bisect_right, insort

class Solution:
    def earlierSmaller(self, tickets):
        seen = []
        result = []
        for t in tickets:
            result.append(bisect_right(seen, t))
            insort(seen, t)
        return result
'''),
]
