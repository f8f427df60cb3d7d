PROBLEM = dict(
    problem_id="follows-custom-order",
    title="Does a Sequence Follow a Custom Order",
    io="call",
    entry_point="followsOrder",
    difficulty="easy",
    tags=["array", "hash-table"],
    pattern="index-in-loop",
    split="train",
    statement="""\
`order` lists distinct integers, smallest first under a custom ordering. Every element of `seq` appears in `order`.
Return `True` if `seq` is non-decreasing under that ordering (equal neighbours are allowed).

**Example.** `order = [5, 1, 9]`, `seq = [5, 5, 1, 9]` gives `True`; `seq = [1, 5]` gives `False`.

**Constraints.** `0 <= len(seq), len(order) <= 3000`, `0 <= values <= 10^9`.
""",
    starter_code="class Solution:\n    def followsOrder(self, order: List[int], seq: List[int]) -> bool:\n",
)

EDGE_INPUTS = [
    [[5, 1, 9], [5, 5, 1, 9]],
    [[5, 1, 9], [1, 5]],
    [[3], []],
    [[3], [3, 3]],
    [[2, 4, 6], [2, 6, 4]],
    [[8, 7], [8, 7, 7]],
]


def perf_inputs(rng):
    order = rng.sample(range(10**9), 2500)
    picks = sorted(rng.randrange(2500) for _ in range(1100))
    ordered = [order[i] for i in picks]
    broken = ordered[:]
    broken[-1], broken[-2] = broken[-2], broken[-1]
    return [[order, ordered], [order, broken if broken != ordered else ordered[:-1] + [order[0]]]]


SOLUTIONS = [
    dict(name="place-dict", correct=True, time="fast", reference=True,
         note="Build a dict from value to its place once; comparing neighbours is then O(1) each: O(n + m).",
         code='''\
class Solution:
    def followsOrder(self, order, seq):
        place = {v: i for i, v in enumerate(order)}
        return all(place[seq[i]] <= place[seq[i + 1]] for i in range(len(seq) - 1))
'''),
    dict(name="index-neighbours", correct=True, time="slow",
         note="order.index for both neighbours at every step scans the order list each time: O(n * m).",
         code='''\
class Solution:
    def followsOrder(self, order, seq):
        for i in range(len(seq) - 1):
            if order.index(seq[i]) > order.index(seq[i + 1]):
                return False
        return True
'''),
    dict(name="places-then-compare", correct=True, time="fast",
         note="Map the sequence to places with one dict, then the places must already be sorted: O(n + m).",
         code='''\
class Solution:
    def followsOrder(self, order, seq):
        place = {}
        for i, v in enumerate(order):
            place[v] = i
        ranks = [place[v] for v in seq]
        return ranks == sorted(ranks)
'''),
    dict(name="strictly-increasing", correct=False,
         note="Wrong: demands strictly increasing places, so equal neighbours make it fail.",
         code='''\
class Solution:
    def followsOrder(self, order, seq):
        place = {v: i for i, v in enumerate(order)}
        return all(place[seq[i]] < place[seq[i + 1]] for i in range(len(seq) - 1))
'''),
]
