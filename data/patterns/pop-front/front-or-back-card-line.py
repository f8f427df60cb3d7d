PROBLEM = dict(
    problem_id="front-or-back-card-line",
    title="Front or Back of the Line",
    io="call",
    entry_point="buildLine",
    difficulty="easy",
    tags=["array", "queue"],
    pattern="pop-front",
    split="train",
    statement="""\
Cards `cards` are placed one by one into a line. The first card starts the line; each later card goes to the
front if it is smaller than the card now at the front, otherwise to the back. Return the final line.

**Example.** `cards = [5, 7, 3, 4, 1]` gives `[1, 3, 5, 7, 4]`.

**Constraints.** `0 <= len(cards) <= 3 * 10^4`, `0 <= cards[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def buildLine(self, cards: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[5, 7, 3, 4, 1]],
    [[]],
    [[2]],
    [[2, 2]],
    [[3, 2, 1]],
    [[1, 2, 3]],
]


def perf_inputs(rng):
    cards, v = [], 10**9
    for _ in range(18000):
        v -= rng.randint(0, 100)                  # mostly falling: most cards go to the front
        cards.append(v if rng.random() < 0.8 else v + rng.randint(1, 10**6))
    return [[cards]]


SOLUTIONS = [
    dict(name="deque", correct=True, time="fast", reference=True,
         note="A deque adds at either end in O(1): O(n) in all.",
         code='''\
from collections import deque

class Solution:
    def buildLine(self, cards):
        line = deque()
        for c in cards:
            if line and c < line[0]:
                line.appendleft(c)
            else:
                line.append(c)
        return list(line)
'''),
    dict(name="list-insert-front", correct=True, time="slow",
         note="`line.insert(0, c)` shifts the whole line for every card sent to the front: O(n^2).",
         code='''\
class Solution:
    def buildLine(self, cards):
        line = []
        for c in cards:
            if line and c < line[0]:
                line.insert(0, c)
            else:
                line.append(c)
        return line
'''),
    dict(name="compares-with-back", correct=False,
         note="Wrong: compares each card with the card at the back of the line instead of the front.",
         code='''\
from collections import deque

class Solution:
    def buildLine(self, cards):
        line = deque()
        for c in cards:
            if line and c < line[-1]:
                line.appendleft(c)
            else:
                line.append(c)
        return list(line)
'''),
    dict(name="two-lists", correct=True, time="fast",
         note="Front cards go on a list in reverse, back cards on another; join them once: O(n).",
         code='''\
class Solution:
    def buildLine(self, cards):
        front, back = [], []
        head = None
        for c in cards:
            if head is not None and c < head:
                front.append(c)
                head = c
            else:
                back.append(c)
                if head is None:
                    head = c
        return front[::-1] + back
'''),
]
