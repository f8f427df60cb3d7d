PROBLEM = dict(
    problem_id="take-cards-from-ends",
    title="Take Cards From Both Ends",
    io="call",
    entry_point="bestTake",
    difficulty="easy",
    tags=["array", "prefix-sum"],
    pattern="prefix-sums",
    split="test",
    statement="""\
You take exactly `k` cards from the row `cards`, each one from the left end or the right end of what is left.
Return the largest total you can take.

**Example.** `cards = [1, 2, 3, 4, 5, 6, 1]`, `k = 3` gives `12` (the three cards on the right).

**Constraints.** `1 <= k <= len(cards) <= 10^4`, `1 <= cards[i] <= 10^4`.
""",
    starter_code="class Solution:\n    def bestTake(self, cards: List[int], k: int) -> int:\n",
)

EDGE_INPUTS = [
    [[1, 2, 3, 4, 5, 6, 1], 3],
    [[5], 1],
    [[2, 9], 1],
    [[9, 2], 1],
    [[4, 1, 1, 4], 2],
    [[1, 1, 9, 1, 1], 5],
    [[3, 1, 1, 1, 4, 2], 2],
]


def perf_inputs(rng):
    return [[[rng.randint(1, 10**4) for _ in range(8000)], 3000]]


SOLUTIONS = [
    dict(name="slide-split", correct=True, time="fast", reference=True,
         note="Start with k cards from the left, then trade one left card for one right card at a time: O(k).",
         code='''\
class Solution:
    def bestTake(self, cards, k):
        total = sum(cards[:k])
        best = total
        for i in range(1, k + 1):
            total += cards[-i] - cards[k - i]
            best = max(best, total)
        return best
'''),
    dict(name="resum-each-split", correct=True, time="slow",
         note="Every split of k into left and right is summed from scratch: O(k) per split, O(k^2).",
         code='''\
class Solution:
    def bestTake(self, cards, k):
        n = len(cards)
        best = 0
        for left in range(k + 1):
            best = max(best, sum(cards[:left]) + sum(cards[n - (k - left):]))
        return best
'''),
    dict(name="one-side-only", correct=False,
         note="Wrong: compares only all-left with all-right and never mixes the two ends.",
         code='''\
class Solution:
    def bestTake(self, cards, k):
        return max(sum(cards[:k]), sum(cards[len(cards) - k:]))
'''),
    dict(name="prefix-table", correct=True, time="fast",
         note="Prefix sums give any left part and any right part in O(1): O(n + k).",
         code='''\
class Solution:
    def bestTake(self, cards, k):
        prefix = [0]
        for x in cards:
            prefix.append(prefix[-1] + x)
        n = len(cards)
        return max(prefix[left] + prefix[n] - prefix[n - (k - left)] for left in range(k + 1))
'''),
]
