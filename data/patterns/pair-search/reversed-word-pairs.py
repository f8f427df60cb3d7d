PROBLEM = dict(
    problem_id="reversed-word-pairs",
    title="Words That Read as Each Other Backwards",
    io="call",
    entry_point="reversePairs",
    difficulty="easy",
    tags=["string", "hash-table"],
    pattern="pair-search",
    split="train",
    statement="""\
Count the pairs of positions `i < j` where `words[j]` is `words[i]` written backwards.

**Example.** `words = ["stop", "pots", "ab", "ba", "ab", "x"]` gives `3`: stop/pots, ab/ba, ba/ab.

**Constraints.** `0 <= len(words) <= 3000`, each word has 1 to 8 lowercase letters.
""",
    starter_code="class Solution:\n    def reversePairs(self, words: List[str]) -> int:\n",
)

EDGE_INPUTS = [
    [["stop", "pots", "ab", "ba", "ab", "x"]],
    [[]],
    [["aba"]],
    [["aba", "aba"]],
    [["ab", "cd"]],
    [["xy", "yx", "yx"]],
]


def perf_inputs(rng):
    words = ["".join(rng.choice("abc") for _ in range(rng.randint(3, 6))) for _ in range(900)]
    return [[words]]


SOLUTIONS = [
    dict(name="counts-of-earlier", correct=True, time="fast", reference=True,
         note="For each word, look up how many earlier words equal its reverse in a dict of counts: O(n) lookups.",
         code='''\
class Solution:
    def reversePairs(self, words):
        seen = {}
        pairs = 0
        for w in words:
            pairs += seen.get(w[::-1], 0)
            seen[w] = seen.get(w, 0) + 1
        return pairs
'''),
    dict(name="counter-after", correct=True, time="fast",
         note="The same count read from the right: a Counter of later words, decremented as the scan moves on.",
         code='''\
from collections import Counter

class Solution:
    def reversePairs(self, words):
        later = Counter(words)
        pairs = 0
        for w in words:
            later[w] -= 1
            pairs += later[w[::-1]]
        return pairs
'''),
    dict(name="all-pairs", correct=True, time="slow",
         note="Reverses and compares for every pair i < j: O(n^2) string work where a dict lookup per word suffices.",
         code='''\
class Solution:
    def reversePairs(self, words):
        pairs = 0
        for i in range(len(words)):
            for j in range(i + 1, len(words)):
                if words[j] == words[i][::-1]:
                    pairs += 1
        return pairs
'''),
    dict(name="palindrome-with-itself", correct=False,
         note="Wrong: counts the word before adding it, so a palindrome pairs with itself at the same position.",
         code='''\
class Solution:
    def reversePairs(self, words):
        seen = {}
        pairs = 0
        for w in words:
            seen[w] = seen.get(w, 0) + 1
            pairs += seen.get(w[::-1], 0)
        return pairs
'''),
]
