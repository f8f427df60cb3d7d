PROBLEM = dict(
    problem_id="inverse-of-permutation",
    title="Inverse of a Permutation",
    io="call",
    entry_point="inverse",
    difficulty="easy",
    tags=["array", "permutation"],
    pattern="index-in-loop",
    split="train",
    statement="""\
`perm` is a permutation of `0 .. n-1`. Return its inverse: the list `inv` with `inv[perm[i]] = i` for every `i`.

**Example.** `perm = [2, 0, 1]` gives `[1, 2, 0]`.

**Constraints.** `0 <= n <= 4000`.
""",
    starter_code="class Solution:\n    def inverse(self, perm: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[2, 0, 1]],
    [[]],
    [[0]],
    [[1, 0]],
    [[0, 1, 2, 3]],
    [[3, 0, 2, 1]],
    [[1, 2, 3, 0]],
]


def perf_inputs(rng):
    perm = list(range(3000))
    rng.shuffle(perm)
    return [[perm]]


SOLUTIONS = [
    dict(name="scatter-once", correct=True, time="fast", reference=True,
         note="One pass writes inv[perm[i]] = i: each position is recorded once, O(n).",
         code='''\
class Solution:
    def inverse(self, perm):
        inv = [0] * len(perm)
        for i, v in enumerate(perm):
            inv[v] = i
        return inv
'''),
    dict(name="index-of-each-value", correct=True, time="slow",
         note="perm.index(v) searches the list from the start for every value v: O(n^2).",
         code='''\
class Solution:
    def inverse(self, perm):
        inv = []
        for v in range(len(perm)):
            inv.append(perm.index(v))
        return inv
'''),
    dict(name="position-dict", correct=True, time="fast",
         note="A dict from value to position built once, read for v = 0..n-1: O(n).",
         code='''\
class Solution:
    def inverse(self, perm):
        where = {v: i for i, v in enumerate(perm)}
        return [where[v] for v in range(len(perm))]
'''),
    dict(name="apply-twice", correct=False,
         note="Wrong: perm applied to itself (perm[perm[i]]) is the square of the permutation, not its inverse.",
         code='''\
class Solution:
    def inverse(self, perm):
        return [perm[perm[i]] for i in range(len(perm))]
'''),
]
