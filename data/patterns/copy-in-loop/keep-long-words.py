PROBLEM = dict(
    problem_id="keep-long-words",
    title="Keep the Long Words",
    io="call",
    entry_point="longWords",
    difficulty="easy",
    tags=["string", "array"],
    pattern="copy-in-loop",
    split="train",
    statement="""\
Return the words of `words` that have at least `k` letters, in their original order.

**Example.** `words = ["a", "tree", "is", "green"]`, `k = 4` gives `["tree", "green"]`.

**Constraints.** `0 <= len(words) <= 2 * 10^4`, `1 <= k <= 10`; words are 1 to 10 lowercase letters.
""",
    starter_code="class Solution:\n    def longWords(self, words: List[str], k: int) -> List[str]:\n",
)

EDGE_INPUTS = [
    [["a", "tree", "is", "green"], 4],
    [[], 3],
    [["abc"], 3],
    [["abc"], 4],
    [["xy", "xyz", "w"], 1],
    [["four", "fives", "six"], 5],
]


def perf_inputs(rng):
    words = ["".join(rng.choice("abcdefghij") for _ in range(rng.randint(1, 10))) for _ in range(8000)]
    return [[words, 4]]


SOLUTIONS = [
    dict(name="comprehension", correct=True, time="fast", reference=True,
         note="One comprehension appends each kept word once: O(n).",
         code='''\
class Solution:
    def longWords(self, words, k):
        return [w for w in words if len(w) >= k]
'''),
    dict(name="concat-each-kept", correct=True, time="slow",
         note="kept = kept + [w] builds a new list, copying every word kept so far, for each kept word: O(n^2).",
         code='''\
class Solution:
    def longWords(self, words, k):
        kept = []
        for w in words:
            if len(w) >= k:
                kept = kept + [w]
        return kept
'''),
    dict(name="append-loop", correct=True, time="fast",
         note="append grows the list in place in amortised O(1): O(n) in all.",
         code='''\
class Solution:
    def longWords(self, words, k):
        kept = []
        for w in words:
            if len(w) >= k:
                kept.append(w)
        return kept
'''),
    dict(name="strictly-longer", correct=False,
         note="Wrong: len(w) > k drops the words with exactly k letters.",
         code='''\
class Solution:
    def longWords(self, words, k):
        return [w for w in words if len(w) > k]
'''),
]
