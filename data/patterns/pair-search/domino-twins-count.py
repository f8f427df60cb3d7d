PROBLEM = dict(
    problem_id="domino-twins-count",
    title="Count Matching Dominoes",
    io="call",
    entry_point="twinDominoes",
    difficulty="easy",
    tags=["array", "hash-table", "counting"],
    pattern="pair-search",
    split="test",
    statement="""\
Domino `[a, b]` matches domino `[c, d]` when one can be turned to equal the other: `a == c and b == d`, or
`a == d and b == c`. Count the pairs `i < j` of matching dominoes.

**Example.** `dominoes = [[1, 2], [2, 1], [3, 4], [1, 2]]` gives `3`.

**Constraints.** `0 <= len(dominoes) <= 3000`, `0 <= a, b <= 9`.
""",
    starter_code="class Solution:\n    def twinDominoes(self, dominoes: List[List[int]]) -> int:\n",
)

EDGE_INPUTS = [
    [[[1, 2], [2, 1], [3, 4], [1, 2]]],
    [[]],
    [[[5, 5]]],
    [[[5, 5], [5, 5]]],
    [[[1, 2], [1, 3]]],
    [[[0, 9], [9, 0], [9, 0]]],
    [[[1, 4], [2, 3], [4, 1]]],
]


def perf_inputs(rng):
    return [[[[rng.randint(0, 9), rng.randint(0, 9)] for _ in range(1100)]]]


SOLUTIONS = [
    dict(name="normalised-key-counts", correct=True, time="fast", reference=True,
         note="Turn each domino so its smaller end comes first; matching dominoes then share a key in a dict: O(n).",
         code='''\
class Solution:
    def twinDominoes(self, dominoes):
        seen = {}
        pairs = 0
        for a, b in dominoes:
            key = (min(a, b), max(a, b))
            pairs += seen.get(key, 0)
            seen[key] = seen.get(key, 0) + 1
        return pairs
'''),
    dict(name="hundred-slots", correct=True, time="fast",
         note="Ends are digits, so the key 10 * small + large indexes a 100-slot count list: O(n).",
         code='''\
class Solution:
    def twinDominoes(self, dominoes):
        slots = [0] * 100
        pairs = 0
        for a, b in dominoes:
            key = 10 * min(a, b) + max(a, b)
            pairs += slots[key]
            slots[key] += 1
        return pairs
'''),
    dict(name="all-pairs", correct=True, time="slow",
         note="Tests both turns for every pair i < j: O(n^2) where a normalised key per domino needs one pass.",
         code='''\
class Solution:
    def twinDominoes(self, dominoes):
        pairs = 0
        for i in range(len(dominoes)):
            a, b = dominoes[i]
            for j in range(i + 1, len(dominoes)):
                c, d = dominoes[j]
                if (a == c and b == d) or (a == d and b == c):
                    pairs += 1
        return pairs
'''),
    dict(name="sum-key", correct=False,
         note="Wrong: keys dominoes by the sum of their ends, so [1, 4] and [2, 3] are taken for a match.",
         code='''\
class Solution:
    def twinDominoes(self, dominoes):
        seen = {}
        pairs = 0
        for a, b in dominoes:
            pairs += seen.get(a + b, 0)
            seen[a + b] = seen.get(a + b, 0) + 1
        return pairs
'''),
]
