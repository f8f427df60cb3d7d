PROBLEM = dict(
    problem_id="moves-after-reorder",
    title="How Far Each Item Moved",
    io="call",
    entry_point="shifts",
    difficulty="easy",
    tags=["array", "hash-table"],
    pattern="index-in-loop",
    split="train",
    statement="""\
`after` is a rearrangement of `before`, a list of distinct integers. For each item of `before`, in order,
return `new index - old index` (positive when it moved right).

**Example.** `before = [7, 3, 9]`, `after = [3, 9, 7]` gives `[2, -1, -1]`.

**Constraints.** `0 <= len(before) <= 3000`; the items are distinct, `0 <= item <= 10^9`.
""",
    starter_code="class Solution:\n    def shifts(self, before: List[int], after: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[7, 3, 9], [3, 9, 7]],
    [[], []],
    [[5], [5]],
    [[1, 2], [2, 1]],
    [[4, 5, 6, 7], [4, 5, 6, 7]],
    [[1, 2, 3, 4], [4, 3, 2, 1]],
]


def perf_inputs(rng):
    before = rng.sample(range(10**9), 3000)
    after = before[:]
    rng.shuffle(after)
    return [[before, after]]


SOLUTIONS = [
    dict(name="position-dict", correct=True, time="fast", reference=True,
         note="Build a dict from item to its index in after once; each lookup is then O(1): O(n) in all.",
         code='''\
class Solution:
    def shifts(self, before, after):
        where = {x: i for i, x in enumerate(after)}
        return [where[x] - i for i, x in enumerate(before)]
'''),
    dict(name="index-each", correct=True, time="slow",
         note="after.index(x) scans the list from the start for every item: O(n^2).",
         code='''\
class Solution:
    def shifts(self, before, after):
        result = []
        for i in range(len(before)):
            result.append(after.index(before[i]) - i)
        return result
'''),
    dict(name="position-list", correct=True, time="fast",
         note="The same idea with a dict filled in an explicit loop: one pass to record positions, one to read them.",
         code='''\
class Solution:
    def shifts(self, before, after):
        pos = {}
        for i, x in enumerate(after):
            pos[x] = i
        out = []
        for i, x in enumerate(before):
            out.append(pos[x] - i)
        return out
'''),
    dict(name="sign-flipped", correct=False,
         note="Wrong: computes old index - new index, so every move has the opposite sign.",
         code='''\
class Solution:
    def shifts(self, before, after):
        where = {x: i for i, x in enumerate(after)}
        return [i - where[x] for i, x in enumerate(before)]
'''),
]
