PROBLEM = dict(
    problem_id="drop-oldest-until-within-limit",
    title="Drop the Oldest Until Within the Limit",
    io="call",
    entry_point="trimOldest",
    difficulty="easy",
    tags=["array", "queue"],
    pattern="pop-front",
    split="train",
    statement="""\
A cache holds items of the sizes `sizes`, oldest first. Evict items from the oldest end until the total size is
at most `limit`, and return the sizes that remain, oldest first.

**Example.** `sizes = [5, 1, 4, 3]`, `limit = 7` gives `[4, 3]`.

**Constraints.** `0 <= len(sizes) <= 5 * 10^4`, `1 <= sizes[i] <= 1000`, `0 <= limit <= 10^9`.
""",
    starter_code="class Solution:\n    def trimOldest(self, sizes: List[int], limit: int) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[5, 1, 4, 3], 7],
    [[], 3],
    [[2], 2],
    [[2], 1],
    [[1, 1, 1], 0],
    [[3, 3, 3], 6],
    [[4, 4], 100],
]


def perf_inputs(rng):
    sizes = [rng.randint(1, 1000) for _ in range(30000)]
    return [[sizes, sum(sizes[20000:])]]


SOLUTIONS = [
    dict(name="index-then-slice", correct=True, time="fast", reference=True,
         note="Move a start index forward instead of removing items, then slice once: O(n).",
         code='''\
class Solution:
    def trimOldest(self, sizes, limit):
        total = sum(sizes)
        start = 0
        while total > limit:
            total -= sizes[start]
            start += 1
        return sizes[start:]
'''),
    dict(name="pop-front", correct=True, time="slow",
         note="`sizes.pop(0)` shifts every remaining item left: O(n) per eviction, O(n^2) in all.",
         code='''\
class Solution:
    def trimOldest(self, sizes, limit):
        total = sum(sizes)
        while total > limit:
            total -= sizes.pop(0)
        return sizes
'''),
    dict(name="evicts-at-limit", correct=False,
         note="Wrong: keeps evicting while the total equals the limit, so one item too many goes.",
         code='''\
class Solution:
    def trimOldest(self, sizes, limit):
        total = sum(sizes)
        start = 0
        while start < len(sizes) and total >= limit:
            total -= sizes[start]
            start += 1
        return sizes[start:]
'''),
    dict(name="deque-popleft", correct=True, time="fast",
         note="A deque removes from the left in O(1): O(n) in all.",
         code='''\
from collections import deque

class Solution:
    def trimOldest(self, sizes, limit):
        q = deque(sizes)
        total = sum(sizes)
        while total > limit:
            total -= q.popleft()
        return list(q)
'''),
]
