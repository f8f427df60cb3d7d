PROBLEM = dict(
    problem_id="mutual-follow-pairs",
    title="Mutual Follow Pairs",
    io="call",
    entry_point="mutualPairs",
    difficulty="easy",
    tags=["array", "hash-set", "graph"],
    pattern="list-membership",
    split="test",
    statement="""\
Each entry `[a, b]` of `follows` means user `a` follows user `b` (no entry appears twice, and `a != b`).
Return how many unordered pairs of users follow each other.

**Example.** `follows = [[1, 2], [2, 1], [2, 3], [3, 4], [4, 3]]` gives `2`.

**Constraints.** `0 <= len(follows) <= 2500`, `1 <= a, b <= 10^5`.
""",
    starter_code="class Solution:\n    def mutualPairs(self, follows: List[List[int]]) -> int:\n",
)

EDGE_INPUTS = [
    [[[1, 2], [2, 1], [2, 3], [3, 4], [4, 3]]],
    [[]],
    [[[1, 2]]],
    [[[1, 2], [2, 1]]],
    [[[5, 1], [1, 5], [1, 2]]],
    [[[1, 2], [2, 3], [3, 1]]],
]


def perf_inputs(rng):
    pairs = set()
    while len(pairs) < 2000:
        a, b = rng.randint(1, 10**5), rng.randint(1, 10**5)
        if a != b:
            pairs.add((a, b))
    follows = [list(p) for p in sorted(pairs)]
    follows += [[b, a] for a, b in follows[:200] if (b, a) not in pairs]
    return [[follows]]


SOLUTIONS = [
    dict(name="tuple-set", correct=True, time="fast", reference=True,
         note="Put the edges in a set of tuples, then test each reverse edge in O(1) average: O(m).",
         code='''\
class Solution:
    def mutualPairs(self, follows):
        edges = {(a, b) for a, b in follows}
        return sum(1 for a, b in edges if a < b and (b, a) in edges)
'''),
    dict(name="list-search", correct=True, time="slow",
         note="`[b, a] in follows` compares with every edge, list by list: O(m^2).",
         code='''\
class Solution:
    def mutualPairs(self, follows):
        count = 0
        for a, b in follows:
            if a < b and [b, a] in follows:
                count += 1
        return count
'''),
    dict(name="counts-both-ways", correct=False,
         note="Wrong: counts each mutual pair once from each side, so the answer is doubled.",
         code='''\
class Solution:
    def mutualPairs(self, follows):
        edges = {(a, b) for a, b in follows}
        return sum(1 for a, b in edges if (b, a) in edges)
'''),
    dict(name="pair-counter", correct=True, time="fast",
         note="Count unordered pairs with a dict: a pair seen twice is mutual; O(m).",
         code='''\
class Solution:
    def mutualPairs(self, follows):
        seen = {}
        for a, b in follows:
            key = (min(a, b), max(a, b))
            seen[key] = seen.get(key, 0) + 1
        return sum(1 for c in seen.values() if c == 2)
'''),
]
