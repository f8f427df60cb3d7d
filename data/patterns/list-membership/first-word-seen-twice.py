PROBLEM = dict(
    problem_id="first-word-seen-twice",
    title="First Word Seen Twice",
    io="call",
    entry_point="firstRepeat",
    difficulty="easy",
    tags=["string", "hash-set"],
    pattern="list-membership",
    split="train",
    statement="""\
Read the list `words` from left to right and return the first word that has already appeared earlier in the
list (the repeat that is *completed* first). Return `""` if no word repeats.

**Example.** `words = ["ant", "bee", "bee", "ant"]` gives `"bee"`.

**Constraints.** `0 <= len(words) <= 5000`, each word has 1 to 8 lowercase letters.
""",
    starter_code="class Solution:\n    def firstRepeat(self, words: List[str]) -> str:\n",
)

EDGE_INPUTS = [
    [["ant", "bee", "bee", "ant"]],
    [[]],
    [["solo"]],
    [["a", "b", "c"]],
    [["x", "y", "x", "y"]],
    [["a", "b", "c", "b", "a"]],
]


def perf_inputs(rng):
    def word(i):
        return "".join(rng.choice("abcdefghij") for _ in range(3)) + str(i)
    distinct = [word(i) for i in range(2400)]
    return [[distinct + [distinct[1200]]], [distinct[:1500] + [distinct[10]]]]


SOLUTIONS = [
    dict(name="seen-set", correct=True, time="fast", reference=True,
         note="Keep the words seen so far in a set: each check is O(1) on average, O(n) in all.",
         code='''\
class Solution:
    def firstRepeat(self, words):
        seen = set()
        for w in words:
            if w in seen:
                return w
            seen.add(w)
        return ""
'''),
    dict(name="seen-list", correct=True, time="slow",
         note="The words seen so far sit in a list, so each `in` scans it: O(n^2) comparisons when repeats come late.",
         code='''\
class Solution:
    def firstRepeat(self, words):
        seen = []
        for w in words:
            if w in seen:
                return w
            seen.append(w)
        return ""
'''),
    dict(name="first-with-count", correct=False,
         note="Wrong: returns the first word that occurs twice anywhere, not the repeat that completes first.",
         code='''\
class Solution:
    def firstRepeat(self, words):
        counts = {}
        for w in words:
            counts[w] = counts.get(w, 0) + 1
        for w in words:
            if counts[w] > 1:
                return w
        return ""
'''),
    dict(name="seen-dict", correct=True, time="fast",
         note="A dict used as a set of seen words: the same O(1) average lookup, O(n) in all.",
         code='''\
class Solution:
    def firstRepeat(self, words):
        seen = {}
        for i, w in enumerate(words):
            if w in seen:
                return w
            seen[w] = i
        return ""
'''),
]
