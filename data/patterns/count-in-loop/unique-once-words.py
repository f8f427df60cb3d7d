PROBLEM = dict(
    problem_id="unique-once-words",
    title="Words Used Exactly Once",
    io="call",
    entry_point="usedOnce",
    difficulty="easy",
    tags=["string", "counting"],
    pattern="count-in-loop",
    split="test",
    statement="""\
Given a list of words, return the words that occur exactly once in it, in the order they appear.

**Example.** `words = ["red", "blue", "red", "green"]` gives `["blue", "green"]`.

**Constraints.** `0 <= len(words) <= 3000`; each word has 1 to 8 lowercase letters.
""",
    starter_code="class Solution:\n    def usedOnce(self, words: List[str]) -> List[str]:\n",
)

EDGE_INPUTS = [
    [["red", "blue", "red", "green"]],
    [[]],
    [["solo"]],
    [["a", "a", "a"]],
    [["x", "y", "x", "y"]],
    [["b", "a", "c", "a"]],
]


def perf_inputs(rng):
    letters = "abcdefgh"
    words = ["".join(rng.choice(letters) for _ in range(5)) for _ in range(1700)]
    return [[words]]


SOLUTIONS = [
    dict(name="counter-filter", correct=True, time="fast", reference=True,
         note="Count all words once with a Counter, then keep the ones whose count is 1: O(n).",
         code='''\
from collections import Counter

class Solution:
    def usedOnce(self, words):
        counts = Counter(words)
        return [w for w in words if counts[w] == 1]
'''),
    dict(name="count-filter", correct=True, time="slow",
         note="words.count(w) for every word rescans the whole list each time: O(n^2) string comparisons.",
         code='''\
class Solution:
    def usedOnce(self, words):
        result = []
        for w in words:
            if words.count(w) == 1:
                result.append(w)
        return result
'''),
    dict(name="dict-then-filter", correct=True, time="fast",
         note="A dict of counts filled in one pass makes each later check O(1): O(n) in all.",
         code='''\
class Solution:
    def usedOnce(self, words):
        counts = {}
        for w in words:
            counts[w] = counts.get(w, 0) + 1
        return [w for w in words if counts[w] == 1]
'''),
    dict(name="distinct-words", correct=False,
         note="Wrong: keeps one copy of every word instead of dropping the words that repeat.",
         code='''\
class Solution:
    def usedOnce(self, words):
        seen = set()
        result = []
        for w in words:
            if w not in seen:
                seen.add(w)
                result.append(w)
        return result
'''),
]
