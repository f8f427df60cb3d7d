PROBLEM = dict(
    problem_id="swaps-to-sort-permutation",
    title="Swaps to Put a Permutation in Order",
    io="call",
    entry_point="swapsNeeded",
    difficulty="easy",
    tags=["array", "permutation", "greedy"],
    pattern="index-in-loop",
    split="train",
    statement="""\
`perm` is a permutation of `0 .. n-1`. A move swaps any two entries. Return the fewest moves that sort `perm`.

**Example.** `perm = [2, 0, 1, 3]` gives `2`.

**Constraints.** `0 <= n <= 5000`.
""",
    starter_code="class Solution:\n    def swapsNeeded(self, perm: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[2, 0, 1, 3]],
    [[]],
    [[0]],
    [[1, 0]],
    [[0, 1, 2]],
    [[1, 2, 3, 4, 0]],
    [[3, 2, 1, 0]],
]


def perf_inputs(rng):
    perm = list(range(4000))
    rng.shuffle(perm)
    return [[perm]]


SOLUTIONS = [
    dict(name="swap-with-position-map", correct=True, time="fast", reference=True,
         note="Keep where[v] = index of v, built once and updated on every swap, so finding value i is O(1): O(n).",
         code='''\
class Solution:
    def swapsNeeded(self, perm):
        a = list(perm)
        where = [0] * len(a)
        for i, v in enumerate(a):
            where[v] = i
        moves = 0
        for i in range(len(a)):
            if a[i] != i:
                j = where[i]
                where[a[i]] = j
                a[i], a[j] = a[j], a[i]
                where[i] = i
                moves += 1
        return moves
'''),
    dict(name="index-then-swap", correct=True, time="slow",
         note="a.index(i, i) searches for value i at every step: O(n) per position, O(n^2) in all.",
         code='''\
class Solution:
    def swapsNeeded(self, perm):
        a = list(perm)
        moves = 0
        for i in range(len(a)):
            if a[i] != i:
                j = a.index(i, i)
                a[i], a[j] = a[j], a[i]
                moves += 1
        return moves
'''),
    dict(name="count-cycles", correct=True, time="fast",
         note="A cycle of length L needs L - 1 swaps; following every cycle once is O(n).",
         code='''\
class Solution:
    def swapsNeeded(self, perm):
        seen = [False] * len(perm)
        moves = 0
        for i in range(len(perm)):
            length = 0
            while not seen[i]:
                seen[i] = True
                i = perm[i]
                length += 1
            if length:
                moves += length - 1
        return moves
'''),
    dict(name="misplaced-count", correct=False,
         note="Wrong: counts misplaced entries, but one swap can fix two of them.",
         code='''\
class Solution:
    def swapsNeeded(self, perm):
        return sum(1 for i, v in enumerate(perm) if v != i)
'''),
]
