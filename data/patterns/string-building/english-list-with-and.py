PROBLEM = dict(
    problem_id="english-list-with-and",
    title="An English List With 'and'",
    io="call",
    entry_point="englishList",
    difficulty="easy",
    tags=["string"],
    pattern="string-building",
    split="train",
    statement="""\
Join `items` the way English lists them: items separated by `", "`, except that the last two are joined by
`" and "` (no comma before "and"). No items give `""`, one item gives that item.

**Example.** `items = ["tea", "jam", "bread"]` gives `"tea, jam and bread"`.

**Constraints.** `0 <= len(items) <= 2 * 10^4`, each item has 1 to 10 letters.
""",
    starter_code="class Solution:\n    def englishList(self, items: List[str]) -> str:\n",
)

EDGE_INPUTS = [
    [["tea", "jam", "bread"]],
    [[]],
    [["solo"]],
    [["a", "b"]],
    [["a", "b", "c", "d"]],
    [["x", "x", "x"]],
]


def perf_inputs(rng):
    return [[["".join(rng.choice("abcdefgh") for _ in range(rng.randint(4, 10))) for _ in range(14000)]]]


SOLUTIONS = [
    dict(name="join-head", correct=True, time="fast", reference=True,
         note="Join all but the last item once, then add ' and ' and the last: O(total length).",
         code='''\
class Solution:
    def englishList(self, items):
        if len(items) <= 1:
            return "".join(items)
        return ", ".join(items[:-1]) + " and " + items[-1]
'''),
    dict(name="concat-loop", correct=True, time="slow",
         note="`out = out + ', ' + item` makes a fresh copy of out for each item: O(items * length).",
         code='''\
class Solution:
    def englishList(self, items):
        out = ""
        for i, item in enumerate(items):
            if i == 0:
                out = item
            elif i == len(items) - 1:
                out = out + " and " + item
            else:
                out = out + ", " + item
        return out
'''),
    dict(name="oxford-comma", correct=False,
         note="Wrong: puts a comma before 'and' when there are three or more items.",
         code='''\
class Solution:
    def englishList(self, items):
        if len(items) <= 2:
            return " and ".join(items)
        return ", ".join(items[:-1]) + ", and " + items[-1]
'''),
    dict(name="parts-list", correct=True, time="fast",
         note="Append every piece to a list and join once at the end: O(total length).",
         code='''\
class Solution:
    def englishList(self, items):
        parts = []
        for i, item in enumerate(items):
            if i > 0:
                parts.append(" and " if i == len(items) - 1 else ", ")
            parts.append(item)
        return "".join(parts)
'''),
]
