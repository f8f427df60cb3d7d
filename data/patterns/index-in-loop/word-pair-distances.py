PROBLEM = dict(
    problem_id="word-pair-distances",
    title="Distances Between Pairs of Words in a Line",
    io="call",
    entry_point="pairDistances",
    difficulty="easy",
    tags=["string", "hash-table"],
    pattern="index-in-loop",
    split="train",
    statement="""\
`line` is a list of distinct words. For each pair `[u, v]` in `pairs` (both in `line`), return how many places
apart `u` and `v` stand in `line` (always `>= 0`).

**Example.** `line = ["ant", "bee", "cat", "dog"]`, `pairs = [["dog", "bee"], ["ant", "ant"]]` gives `[2, 0]`.

**Constraints.** `0 <= len(line), len(pairs) <= 3000`; words are 1 to 8 lowercase letters.
""",
    starter_code="class Solution:\n    def pairDistances(self, line: List[str], pairs: List[List[str]]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [["ant", "bee", "cat", "dog"], [["dog", "bee"], ["ant", "ant"]]],
    [["x"], []],
    [["x"], [["x", "x"]]],
    [["a", "b"], [["a", "b"], ["b", "a"]]],
    [["p", "q", "r", "s", "t"], [["t", "p"], ["q", "s"]]],
    [["m", "n", "o"], [["o", "m"], ["n", "o"]]],
]


def perf_inputs(rng):
    line = list({"".join(rng.choice("abcdefghij") for _ in range(6)) for _ in range(2200)})
    rng.shuffle(line)
    pairs = [[rng.choice(line), rng.choice(line)] for _ in range(1400)]
    return [[line, pairs]]


SOLUTIONS = [
    dict(name="position-dict", correct=True, time="fast", reference=True,
         note="A dict from word to position, built once, answers each pair with two O(1) lookups.",
         code='''\
class Solution:
    def pairDistances(self, line, pairs):
        pos = {w: i for i, w in enumerate(line)}
        return [abs(pos[u] - pos[v]) for u, v in pairs]
'''),
    dict(name="index-both", correct=True, time="slow",
         note="line.index(u) and line.index(v) scan the line twice per pair: O(n * pairs).",
         code='''\
class Solution:
    def pairDistances(self, line, pairs):
        result = []
        for u, v in pairs:
            result.append(abs(line.index(u) - line.index(v)))
        return result
'''),
    dict(name="position-dict-loop", correct=True, time="fast",
         note="The same dict of positions filled in an explicit loop: O(n + pairs).",
         code='''\
class Solution:
    def pairDistances(self, line, pairs):
        pos = {}
        for i in range(len(line)):
            pos[line[i]] = i
        out = []
        for u, v in pairs:
            d = pos[u] - pos[v]
            out.append(d if d >= 0 else -d)
        return out
'''),
    dict(name="signed-gap", correct=False,
         note="Wrong: forgets the absolute value, so a pair given right-to-left gets a negative distance.",
         code='''\
class Solution:
    def pairDistances(self, line, pairs):
        pos = {w: i for i, w in enumerate(line)}
        return [pos[u] - pos[v] for u, v in pairs]
'''),
]
