PROBLEM = dict(
    problem_id="deal-cards-to-players",
    title="Deal the Cards",
    io="call",
    entry_point="deal",
    difficulty="easy",
    tags=["array", "simulation"],
    pattern="pop-front",
    split="train",
    statement="""\
Deal the deck `deck` (card values, top card first) to `p` players: the top card goes to player 0, the next to
player 1, and so on around the table until the deck is empty. Return the total value each player receives.

**Example.** `deck = [9, 4, 7, 1, 3]`, `p = 2` gives `[19, 5]`.

**Constraints.** `0 <= len(deck) <= 5 * 10^4`, `1 <= p <= 10`.
""",
    starter_code="class Solution:\n    def deal(self, deck: List[int], p: int) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[9, 4, 7, 1, 3], 2],
    [[], 3],
    [[5], 1],
    [[5], 3],
    [[1, 2, 3], 3],
    [[1, 2, 3, 4], 1],
]


def perf_inputs(rng):
    return [[[rng.randint(1, 52) for _ in range(30000)], 4]]


SOLUTIONS = [
    dict(name="index-loop", correct=True, time="fast", reference=True,
         note="Walk the deck by index and never remove from it: O(n).",
         code='''\
class Solution:
    def deal(self, deck, p):
        totals = [0] * p
        for i, card in enumerate(deck):
            totals[i % p] += card
        return totals
'''),
    dict(name="pop-top", correct=True, time="slow",
         note="`deck.pop(0)` shifts the rest of the deck for every card dealt: O(n^2).",
         code='''\
class Solution:
    def deal(self, deck, p):
        totals = [0] * p
        player = 0
        while deck:
            totals[player] += deck.pop(0)
            player = (player + 1) % p
        return totals
'''),
    dict(name="block-deal", correct=False,
         note="Wrong: gives each player a consecutive block of cards instead of dealing around the table.",
         code='''\
class Solution:
    def deal(self, deck, p):
        size = -(-len(deck) // p)
        return [sum(deck[i * size:(i + 1) * size]) for i in range(p)]
'''),
    dict(name="step-slices", correct=True, time="fast",
         note="Player j gets every p-th card starting at j: one C slice and sum each, O(n).",
         code='''\
class Solution:
    def deal(self, deck, p):
        return [sum(deck[j::p]) for j in range(p)]
'''),
]
