PROBLEM = dict(
    problem_id="record-words-count",
    title="Words That Come Last in the Dictionary So Far",
    io="call",
    entry_point="newLast",
    difficulty="easy",
    tags=["string", "array"],
    pattern="sort-in-loop",
    split="test",
    statement="""\
Read `words` in order. A word is a record when it comes strictly after every earlier word in alphabetical
(Python string) order; the first word is always a record. Return the number of records.

**Example.** `words = ["kiwi", "apple", "pear", "fig", "pear", "plum"]` gives `3` (kiwi, pear, plum).

**Constraints.** `0 <= len(words) <= 10^4`, each word has 1 to 10 lowercase letters.
""",
    starter_code="class Solution:\n    def newLast(self, words: List[str]) -> int:\n",
)

EDGE_INPUTS = [
    [["kiwi", "apple", "pear", "fig", "pear", "plum"]],
    [[]],
    [["a"]],
    [["b", "b"]],
    [["a", "b", "c"]],
    [["ab", "a", "abc"]],
]


def perf_inputs(rng):
    words = ["".join(rng.choice("abcdefghij") for _ in range(rng.randint(3, 8))) for _ in range(1800)]
    return [[words]]


SOLUTIONS = [
    dict(name="running-max-word", correct=True, time="fast", reference=True,
         note="Keep the latest word in order seen so far in one variable; each word is compared once: O(n).",
         code='''\
class Solution:
    def newLast(self, words):
        best, count = None, 0
        for w in words:
            if best is None or w > best:
                best = w
                count += 1
        return count
'''),
    dict(name="zip-with-running-max", correct=True, time="fast",
         note="Compare each word with the running maximum of the words before it, built with accumulate: O(n).",
         code='''\
from itertools import accumulate

class Solution:
    def newLast(self, words):
        if not words:
            return 0
        before = accumulate(words, max)
        return 1 + sum(1 for w, top in zip(words[1:], before) if w > top)
'''),
    dict(name="max-of-earlier-words", correct=True, time="slow",
         note="Recomputes max over all earlier words for each word: O(n^2) comparisons where a running maximum needs O(n).",
         code='''\
class Solution:
    def newLast(self, words):
        count = 0
        for i, w in enumerate(words):
            if i == 0 or w > max(words[:i]):
                count += 1
        return count
'''),
    dict(name="ties-count", correct=False,
         note="Wrong: uses >=, so a repeat of the current last word is counted as a new record.",
         code='''\
class Solution:
    def newLast(self, words):
        best, count = None, 0
        for w in words:
            if best is None or w >= best:
                best = w
                count += 1
        return count
'''),
]
