PROBLEM = dict(
    problem_id="smallest-at-least-queries",
    title="Smallest Box That Fits",
    io="call",
    entry_point="fitBoxes",
    difficulty="easy",
    tags=["sorting", "binary-search"],
    pattern="sort-in-loop",
    split="test",
    statement="""\
`boxes` lists box sizes. For each item size `q` in `items`, report the smallest box size `>= q`, or `-1` when
no box is big enough (boxes are never used up).

**Example.** `boxes = [8, 3, 5]`, `items = [4, 9, 3]` gives `[5, -1, 3]`.

**Constraints.** `0 <= len(boxes), len(items) <= 3000`, sizes are integers in `[1, 10^9]`.
""",
    starter_code="class Solution:\n    def fitBoxes(self, boxes: List[int], items: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[8, 3, 5], [4, 9, 3]],
    [[], [1]],
    [[2], []],
    [[5, 5], [5, 6]],
    [[1, 2, 3], [1, 2, 3]],
    [[10], [1, 10, 11]],
]


def perf_inputs(rng):
    boxes = [rng.randint(1, 10**9) for _ in range(600)]
    items = [rng.randint(1, 10**9) for _ in range(600)]
    return [[boxes, items]]


SOLUTIONS = [
    dict(name="sort-once-bisect", correct=True, time="fast", reference=True,
         note="The boxes never change, so sort them once and binary-search each item: O((n + q) log n).",
         code='''\
import bisect

class Solution:
    def fitBoxes(self, boxes, items):
        order = sorted(boxes)
        out = []
        for q in items:
            i = bisect.bisect_left(order, q)
            out.append(order[i] if i < len(order) else -1)
        return out
'''),
    dict(name="sort-both-two-pointers", correct=True, time="fast",
         note="Sort the boxes once and the items by size once, then sweep both with one pointer: O((n + q) log).",
         code='''\
class Solution:
    def fitBoxes(self, boxes, items):
        order = sorted(boxes)
        out = [-1] * len(items)
        j = 0
        for i in sorted(range(len(items)), key=lambda i: items[i]):
            while j < len(order) and order[j] < items[i]:
                j += 1
            if j < len(order):
                out[i] = order[j]
        return out
'''),
    dict(name="sort-per-item", correct=True, time="slow",
         note="Sorts all the boxes again for every item before scanning them: O(q * n log n) where one sort is enough.",
         code='''\
class Solution:
    def fitBoxes(self, boxes, items):
        out = []
        for q in items:
            answer = -1
            for b in sorted(boxes):
                if b >= q:
                    answer = b
                    break
            out.append(answer)
        return out
'''),
    dict(name="strictly-bigger", correct=False,
         note="Wrong: bisect_right finds the smallest box strictly bigger than the item, skipping an exact fit.",
         code='''\
import bisect

class Solution:
    def fitBoxes(self, boxes, items):
        order = sorted(boxes)
        out = []
        for q in items:
            i = bisect.bisect_right(order, q)
            out.append(order[i] if i < len(order) else -1)
        return out
'''),
]
