PROBLEM = dict(
    problem_id="words-by-popularity",
    title="Distinct Words by Popularity",
    io="call",
    entry_point="byPopularity",
    difficulty="easy",
    tags=["string", "counting", "sorting"],
    pattern="count-in-loop",
    split="test",
    statement="""\
Return the distinct words of `words`, most frequent first; words with equal counts come in alphabetical order.

**Example.** `words = ["kiwi", "fig", "kiwi", "apple", "fig", "kiwi"]` gives `["kiwi", "fig", "apple"]`.

**Constraints.** `0 <= len(words) <= 3000`; each word has 1 to 6 lowercase letters.
""",
    starter_code="class Solution:\n    def byPopularity(self, words: List[str]) -> List[str]:\n",
)

EDGE_INPUTS = [
    [["kiwi", "fig", "kiwi", "apple", "fig", "kiwi"]],
    [[]],
    [["one"]],
    [["b", "a"]],
    [["b", "b", "a", "c", "c"]],
    [["x", "y", "y", "x", "z"]],
]


def perf_inputs(rng):
    vocab = ["".join(rng.choice("abcdefghijklmnop") for _ in range(4)) for _ in range(1200)]
    return [[[rng.choice(vocab) for _ in range(2400)]]]


SOLUTIONS = [
    dict(name="counter-sort", correct=True, time="fast", reference=True,
         note="Count every word once with a Counter and sort the distinct words by (-count, word): O(n log n).",
         code='''\
from collections import Counter

class Solution:
    def byPopularity(self, words):
        counts = Counter(words)
        return sorted(counts, key=lambda w: (-counts[w], w))
'''),
    dict(name="count-in-key", correct=True, time="slow",
         note="words.count(w) in the sort key rescans the whole list once per distinct word: O(n * distinct).",
         code='''\
class Solution:
    def byPopularity(self, words):
        distinct = set(words)
        return sorted(distinct, key=lambda w: (-words.count(w), w))
'''),
    dict(name="dict-sort", correct=True, time="fast",
         note="A dict of counts filled in one loop makes each key lookup O(1): O(n log n) overall.",
         code='''\
class Solution:
    def byPopularity(self, words):
        counts = {}
        for w in words:
            counts[w] = counts.get(w, 0) + 1
        order = list(counts)
        order.sort(key=lambda w: (-counts[w], w))
        return order
'''),
    dict(name="ties-by-first-seen", correct=False,
         note="Wrong: most_common leaves equal counts in first-seen order instead of alphabetical order.",
         code='''\
from collections import Counter

class Solution:
    def byPopularity(self, words):
        return [w for w, _ in Counter(words).most_common()]
'''),
]
