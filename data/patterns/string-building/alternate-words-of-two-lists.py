PROBLEM = dict(
    problem_id="alternate-words-of-two-lists",
    title="Alternate the Words of Two Lists",
    io="call",
    entry_point="alternate",
    difficulty="easy",
    tags=["string", "two-pointers"],
    pattern="string-building",
    split="train",
    statement="""\
Make one sentence from the word lists `a` and `b`: `a[0] b[0] a[1] b[1] ...`, single spaces between words.
When one list runs out, the rest of the other follows in order.

**Example.** `a = ["I", "you"]`, `b = ["see", "now", "clearly"]` gives `"I see you now clearly"`.

**Constraints.** `0 <= len(a), len(b) <= 10^4`, each word has 1 to 10 letters.
""",
    starter_code="class Solution:\n    def alternate(self, a: List[str], b: List[str]) -> str:\n",
)

EDGE_INPUTS = [
    [["I", "you"], ["see", "now", "clearly"]],
    [[], []],
    [["x"], []],
    [[], ["y", "z"]],
    [["a", "b", "c"], ["d"]],
    [["p"], ["q"]],
]


def perf_inputs(rng):
    def words(n):
        return ["".join(rng.choice("etaoinshr") for _ in range(rng.randint(4, 10))) for _ in range(n)]
    return [[words(9000), words(7000)]]


SOLUTIONS = [
    dict(name="parts-join", correct=True, time="fast", reference=True,
         note="Collect the words in order in a list and join once: O(total length).",
         code='''\
class Solution:
    def alternate(self, a, b):
        words = []
        for i in range(max(len(a), len(b))):
            if i < len(a):
                words.append(a[i])
            if i < len(b):
                words.append(b[i])
        return " ".join(words)
'''),
    dict(name="concat-words", correct=True, time="slow",
         note="`out = out + ' ' + w` copies the sentence so far for every word: O(words * length).",
         code='''\
class Solution:
    def alternate(self, a, b):
        out = ""
        for i in range(max(len(a), len(b))):
            for lst in (a, b):
                if i < len(lst):
                    out = lst[i] if out == "" else out + " " + lst[i]
        return out
'''),
    dict(name="zip-drops-rest", correct=False,
         note="Wrong: zip stops at the shorter list, so the leftover words are lost.",
         code='''\
class Solution:
    def alternate(self, a, b):
        words = []
        for x, y in zip(a, b):
            words += [x, y]
        return " ".join(words)
'''),
    dict(name="zip-longest", correct=True, time="fast",
         note="itertools.zip_longest pairs the lists; skip the fill values and join once: O(total length).",
         code='''\
from itertools import zip_longest

class Solution:
    def alternate(self, a, b):
        return " ".join(w for pair in zip_longest(a, b) for w in pair if w is not None)
'''),
]
