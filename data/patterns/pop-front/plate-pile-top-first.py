PROBLEM = dict(
    problem_id="plate-pile-top-first",
    title="The Plate Pile, Top First",
    io="call",
    entry_point="pileTopFirst",
    difficulty="easy",
    tags=["array", "stack"],
    pattern="pop-front",
    split="train",
    statement="""\
Plates are put on a pile one after another; `plates[i]` is the id of the i-th plate. Plates with an id of 0 or
less are cracked and thrown away instead. Return the ids on the pile from top to bottom.

**Example.** `plates = [4, -1, 7, 0, 2]` gives `[2, 7, 4]`.

**Constraints.** `0 <= len(plates) <= 5 * 10^4`, `-10^9 <= plates[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def pileTopFirst(self, plates: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[4, -1, 7, 0, 2]],
    [[]],
    [[5]],
    [[0]],
    [[0, 1, 0, 2]],
    [[-3, -2]],
]


def perf_inputs(rng):
    return [[[rng.randint(-10, 10**9) for _ in range(16000)]]]


SOLUTIONS = [
    dict(name="append-reverse", correct=True, time="fast", reference=True,
         note="Append the good plates, then reverse once: O(n) instead of a shift per plate.",
         code='''\
class Solution:
    def pileTopFirst(self, plates):
        pile = [p for p in plates if p > 0]
        pile.reverse()
        return pile
'''),
    dict(name="insert-front", correct=True, time="slow",
         note="`pile.insert(0, p)` shifts every plate already on the pile: O(n) per plate, O(n^2) in all.",
         code='''\
class Solution:
    def pileTopFirst(self, plates):
        pile = []
        for p in plates:
            if p > 0:
                pile.insert(0, p)
        return pile
'''),
    dict(name="keeps-zero", correct=False,
         note="Wrong: tests p >= 0, so a plate with id 0 stays on the pile.",
         code='''\
class Solution:
    def pileTopFirst(self, plates):
        return [p for p in reversed(plates) if p >= 0]
'''),
    dict(name="deque-appendleft", correct=True, time="fast",
         note="A deque adds at the front in O(1): O(n) in all.",
         code='''\
from collections import deque

class Solution:
    def pileTopFirst(self, plates):
        pile = deque()
        for p in plates:
            if p > 0:
                pile.appendleft(p)
        return list(pile)
'''),
]
