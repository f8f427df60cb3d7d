PROBLEM = dict(
    problem_id="note-from-clippings",
    title="Compose a Note from Clipped Words",
    io="call",
    entry_point="canCompose",
    difficulty="easy",
    tags=["string", "counting"],
    pattern="count-in-loop",
    split="test",
    statement="""\
You cut the words `clippings` out of old newspapers. Can you glue together the note `note` (a list of words),
using each clipping at most once? Return `True` or `False`.

**Example.** `note = ["meet", "at", "at"]`, `clippings = ["at", "meet", "noon", "at"]` gives `True`.

**Constraints.** `0 <= len(note), len(clippings) <= 2000`; words are 1 to 6 lowercase letters.
""",
    starter_code="class Solution:\n    def canCompose(self, note: List[str], clippings: List[str]) -> bool:\n",
)

EDGE_INPUTS = [
    [["meet", "at", "at"], ["at", "meet", "noon", "at"]],
    [["at", "at"], ["at"]],
    [[], ["x"]],
    [["x"], []],
    [[], []],
    [["b", "a"], ["a", "b"]],
]


def perf_inputs(rng):
    vocab = ["".join(rng.choice("abcdefgh") for _ in range(4)) for _ in range(1500)]
    clippings = [rng.choice(vocab) for _ in range(1200)]
    note = clippings[:]
    rng.shuffle(note)
    return [[note, clippings]]


SOLUTIONS = [
    dict(name="counter-compare", correct=True, time="fast", reference=True,
         note="Count both lists once with Counters; every note word needs at least as many clippings: O(n).",
         code='''\
from collections import Counter

class Solution:
    def canCompose(self, note, clippings):
        need, have = Counter(note), Counter(clippings)
        return all(have[w] >= c for w, c in need.items())
'''),
    dict(name="count-per-word", correct=True, time="slow",
         note="note.count(w) and clippings.count(w) for every note word rescan both lists each time: O(n^2).",
         code='''\
class Solution:
    def canCompose(self, note, clippings):
        for w in note:
            if note.count(w) > clippings.count(w):
                return False
        return True
'''),
    dict(name="use-up-counts", correct=True, time="fast",
         note="Count the clippings once in a dict, then spend one per note word: O(n).",
         code='''\
class Solution:
    def canCompose(self, note, clippings):
        left = {}
        for w in clippings:
            left[w] = left.get(w, 0) + 1
        for w in note:
            if left.get(w, 0) == 0:
                return False
            left[w] -= 1
        return True
'''),
    dict(name="membership-only", correct=False,
         note="Wrong: checks that each word exists among the clippings, not that there are enough copies.",
         code='''\
class Solution:
    def canCompose(self, note, clippings):
        have = set(clippings)
        return all(w in have for w in note)
'''),
]
