PROBLEM = dict(
    problem_id="alternate-picks-largest",
    title="Two Players Grab the Biggest Coin",
    io="call",
    entry_point="firstPlayerTotal",
    difficulty="easy",
    tags=["greedy", "sorting"],
    pattern="sort-in-loop",
    split="train",
    statement="""\
Two players take turns, the first player starting; on each turn the player takes the most valuable coin left
on the table. Return the total value the first player ends up with.

**Example.** `coins = [3, 9, 1, 7, 5]` gives `15` (9 + 5 + 1; the second player gets 7 + 3).

**Constraints.** `0 <= len(coins) <= 10^4`, `1 <= coins[i] <= 10^6`.
""",
    starter_code="class Solution:\n    def firstPlayerTotal(self, coins: List[int]) -> int:\n",
)

EDGE_INPUTS = [[[3, 9, 1, 7, 5]], [[]], [[4]], [[4, 4]], [[1, 2]], [[5, 5, 5]]]


def perf_inputs(rng):
    return [[[rng.randint(1, 10**6) for _ in range(1800)]]]


SOLUTIONS = [
    dict(name="sort-once", correct=True, time="fast", reference=True,
         note="The order of picks is just the coins sorted from largest down, so one sort and every other coin: O(n log n).",
         code='''\
class Solution:
    def firstPlayerTotal(self, coins):
        return sum(sorted(coins, reverse=True)[0::2])
'''),
    dict(name="sort-once-loop", correct=True, time="fast",
         note="Sort once in descending order and add the coins at even turns in a plain loop.",
         code='''\
class Solution:
    def firstPlayerTotal(self, coins):
        total = 0
        for turn, c in enumerate(sorted(coins, reverse=True)):
            if turn % 2 == 0:
                total += c
        return total
'''),
    dict(name="max-and-remove-each-turn", correct=True, time="slow",
         note="Finds and removes the largest coin with max() and remove() on every turn: O(n^2) where one sort fixes the order.",
         code='''\
class Solution:
    def firstPlayerTotal(self, coins):
        left = list(coins)
        total, first = 0, True
        while left:
            best = max(left)
            left.remove(best)
            if first:
                total += best
            first = not first
        return total
'''),
    dict(name="odd-positions", correct=False,
         note="Wrong: takes the coins at odd positions of the descending order, which is the second player's share.",
         code='''\
class Solution:
    def firstPlayerTotal(self, coins):
        return sum(sorted(coins, reverse=True)[1::2])
'''),
]
