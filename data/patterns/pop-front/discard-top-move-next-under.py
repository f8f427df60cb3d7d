PROBLEM = dict(
    problem_id="discard-top-move-next-under",
    title="Discard One, Move One Under",
    io="call",
    entry_point="lastCard",
    difficulty="easy",
    tags=["queue", "simulation"],
    pattern="pop-front",
    split="train",
    statement="""\
A deck holds the cards `1, 2, ..., n` with card 1 on top. Repeat until one card is left: throw the top card
away, then move the new top card to the bottom of the deck. Return the last card.

**Example.** `n = 4`: discard 1 (deck 3 4 2), discard 3 (deck 2 4), discard 2; the answer is `4`.

**Constraints.** `1 <= n <= 5 * 10^4`.
""",
    starter_code="class Solution:\n    def lastCard(self, n: int) -> int:\n",
)

EDGE_INPUTS = [[4], [1], [2], [3], [5], [6], [7], [8]]


def perf_inputs(rng):
    return [[rng.randint(24000, 25000)]]


SOLUTIONS = [
    dict(name="deque", correct=True, time="fast", reference=True,
         note="A deque pops from the top and appends under the bottom in O(1): O(n) in all.",
         code='''\
from collections import deque

class Solution:
    def lastCard(self, n):
        deck = deque(range(1, n + 1))
        while len(deck) > 1:
            deck.popleft()
            deck.append(deck.popleft())
        return deck[0]
'''),
    dict(name="list-queue", correct=True, time="slow",
         note="Both `deck.pop(0)` calls shift the whole deck: O(n) per round, O(n^2) in all.",
         code='''\
class Solution:
    def lastCard(self, n):
        deck = list(range(1, n + 1))
        while len(deck) > 1:
            deck.pop(0)
            deck.append(deck.pop(0))
        return deck[0]
'''),
    dict(name="last-discarded", correct=False,
         note="Wrong: returns the last card thrown away instead of the one left in hand.",
         code='''\
from collections import deque

class Solution:
    def lastCard(self, n):
        deck = deque(range(1, n + 1))
        last = 1
        while len(deck) > 1:
            last = deck.popleft()
            deck.append(deck.popleft())
        return last
'''),
    dict(name="head-index", correct=True, time="fast",
         note="Keep the cards in a growing list and move a head index instead of removing: O(n).",
         code='''\
class Solution:
    def lastCard(self, n):
        deck = list(range(1, n + 1))
        head = 0
        while len(deck) - head > 1:
            head += 1
            deck.append(deck[head])
            head += 1
        return deck[head]
'''),
]
