PROBLEM = dict(
    problem_id="commonest-word-pair",
    title="Most Common Pair of Neighbouring Words",
    io="call",
    entry_point="commonPair",
    difficulty="easy",
    tags=["string", "counting"],
    pattern="count-in-loop",
    split="test",
    statement="""\
`text` is a list of words. Among the pairs of neighbours `[text[i], text[i + 1]]`, return the one that occurs
most often; on a tie return the one whose first occurrence comes earliest. Return `[]` if there is no pair.

**Example.** `text = ["a", "b", "a", "b", "c"]` gives `["a", "b"]` (it occurs twice).

**Constraints.** `0 <= len(text) <= 2000`; words are 1 to 5 lowercase letters.
""",
    starter_code="class Solution:\n    def commonPair(self, text: List[str]) -> List[str]:\n",
)

EDGE_INPUTS = [
    [["a", "b", "a", "b", "c"]],
    [[]],
    [["solo"]],
    [["x", "y"]],
    [["z", "y", "a", "b", "z", "y", "a", "b"]],
    [["q", "q", "q"]],
]


def perf_inputs(rng):
    vocab = ["".join(rng.choice("abcdef") for _ in range(3)) for _ in range(40)]
    return [[[rng.choice(vocab) for _ in range(1300)]]]


SOLUTIONS = [
    dict(name="counter-pairs", correct=True, time="fast", reference=True,
         note="Count all neighbour pairs once with a Counter, then take the first pair with the top count: O(n).",
         code='''\
from collections import Counter

class Solution:
    def commonPair(self, text):
        pairs = list(zip(text, text[1:]))
        if not pairs:
            return []
        counts = Counter(pairs)
        top = max(counts.values())
        for p in pairs:
            if counts[p] == top:
                return list(p)
'''),
    dict(name="count-each-pair", correct=True, time="slow",
         note="pairs.count(p) for every pair rescans the list of pairs each time: O(n^2) tuple comparisons.",
         code='''\
class Solution:
    def commonPair(self, text):
        pairs = []
        for i in range(len(text) - 1):
            pairs.append((text[i], text[i + 1]))
        best, best_count = [], 0
        for p in pairs:
            c = pairs.count(p)
            if c > best_count:
                best, best_count = list(p), c
        return best
'''),
    dict(name="dict-pairs", correct=True, time="fast",
         note="A dict keyed by pair, filled in one loop; a dict keeps first-insertion order, so the first max wins: O(n).",
         code='''\
class Solution:
    def commonPair(self, text):
        counts = {}
        for i in range(len(text) - 1):
            p = (text[i], text[i + 1])
            counts[p] = counts.get(p, 0) + 1
        best, best_count = [], 0
        for p, c in counts.items():
            if c > best_count:
                best, best_count = list(p), c
        return best
'''),
    dict(name="smallest-of-ties", correct=False,
         note="Wrong: breaks ties by the alphabetically smallest pair instead of the earliest one.",
         code='''\
from collections import Counter

class Solution:
    def commonPair(self, text):
        counts = Counter(zip(text, text[1:]))
        if not counts:
            return []
        return list(min(counts, key=lambda p: (-counts[p], p)))
'''),
]
