PROBLEM = dict(
    problem_id="chain-from-head-name",
    title="Follow a Chain of Names",
    io="call",
    entry_point="chain",
    difficulty="easy",
    tags=["string", "hash-table", "linked-list"],
    pattern="index-in-loop",
    split="test",
    statement="""\
`names[k]` hands over to `nexts[k]` (`""` means the chain stops there); each name occurs once in `names`. Starting
from `head`, which is in `names`, return the names in the order the chain visits them. The chain never loops.

**Example.** `names = ["cy", "al", "bo"]`, `nexts = ["", "bo", "cy"]`, `head = "al"` gives `["al", "bo", "cy"]`.

**Constraints.** `1 <= len(names) = len(nexts) <= 3000`; names are 1 to 8 lowercase letters.
""",
    starter_code="class Solution:\n    def chain(self, names: List[str], nexts: List[str], head: str) -> List[str]:\n",
)

EDGE_INPUTS = [
    [["cy", "al", "bo"], ["", "bo", "cy"], "al"],
    [["solo"], [""], "solo"],
    [["a", "b"], ["", "a"], "a"],
    [["a", "b"], ["", "a"], "b"],
    [["x", "y", "z"], ["y", "z", ""], "y"],
    [["p", "q", "r", "s"], ["r", "", "s", "q"], "p"],
]


def perf_inputs(rng):
    order = list({"".join(rng.choice("abcdefghijkl") for _ in range(7)) for _ in range(2500)})
    rng.shuffle(order)
    link = {order[i]: (order[i + 1] if i + 1 < len(order) else "") for i in range(len(order))}
    names = order[:]
    rng.shuffle(names)
    return [[names, [link[n] for n in names], order[0]]]


SOLUTIONS = [
    dict(name="next-dict", correct=True, time="fast", reference=True,
         note="A dict from name to its successor, built once, makes every step of the walk O(1): O(n).",
         code='''\
class Solution:
    def chain(self, names, nexts, head):
        follow = dict(zip(names, nexts))
        out = []
        cur = head
        while cur:
            out.append(cur)
            cur = follow[cur]
        return out
'''),
    dict(name="index-each-step", correct=True, time="slow",
         note="names.index(cur) searches the name list at every step of the walk: O(n^2).",
         code='''\
class Solution:
    def chain(self, names, nexts, head):
        out = []
        cur = head
        while cur != "":
            out.append(cur)
            cur = nexts[names.index(cur)]
        return out
'''),
    dict(name="position-dict", correct=True, time="fast",
         note="A dict from name to its row, built once, replaces the search at each step: O(n).",
         code='''\
class Solution:
    def chain(self, names, nexts, head):
        row = {n: i for i, n in enumerate(names)}
        out = [head]
        while nexts[row[out[-1]]]:
            out.append(nexts[row[out[-1]]])
        return out
'''),
    dict(name="stops-before-last", correct=False,
         note="Wrong: stops when the successor is empty without adding the current name, so the last name is lost.",
         code='''\
class Solution:
    def chain(self, names, nexts, head):
        follow = dict(zip(names, nexts))
        out = []
        cur = head
        while follow[cur]:
            out.append(cur)
            cur = follow[cur]
        return out
'''),
]
