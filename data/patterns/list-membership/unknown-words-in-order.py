PROBLEM = dict(
    problem_id="unknown-words-in-order",
    title="Unknown Words, In Order",
    io="call",
    entry_point="unknownWords",
    difficulty="easy",
    tags=["string", "hash-set"],
    pattern="list-membership",
    split="train",
    statement="""\
A spell checker knows the words in `dictionary`. Return the words of `text` that it does not know, each one
once, in the order of their first appearance in `text`.

**Example.** `dictionary = ["a", "cat"]`, `text = ["a", "dgo", "cat", "dgo", "sat"]` gives `["dgo", "sat"]`.

**Constraints.** `0 <= len(dictionary), len(text) <= 3000`, lowercase words.
""",
    starter_code="class Solution:\n    def unknownWords(self, dictionary: List[str], text: List[str]) -> List[str]:\n",
)

EDGE_INPUTS = [
    [["a", "cat"], ["a", "dgo", "cat", "dgo", "sat"]],
    [[], []],
    [[], ["x", "x"]],
    [["x"], ["x", "x"]],
    [["b"], ["c", "a", "c", "b", "a"]],
    [["z", "y"], ["y"]],
]


def perf_inputs(rng):
    dictionary = ["k" + str(i) for i in range(1500)]
    text = [("k" if rng.random() < 0.3 else "u") + str(rng.randint(0, 3000)) for _ in range(2500)]
    return [[dictionary, text]]


SOLUTIONS = [
    dict(name="two-sets", correct=True, time="fast", reference=True,
         note="A set for the dictionary and a set of words already reported: two O(1) lookups per word.",
         code='''\
class Solution:
    def unknownWords(self, dictionary, text):
        known, reported = set(dictionary), set()
        out = []
        for w in text:
            if w not in known and w not in reported:
                reported.add(w)
                out.append(w)
        return out
'''),
    dict(name="two-lists", correct=True, time="slow",
         note="Both `in` tests scan lists (the dictionary and the output): O(len(text) * (len(dictionary) + answer)).",
         code='''\
class Solution:
    def unknownWords(self, dictionary, text):
        out = []
        for w in text:
            if w not in dictionary and w not in out:
                out.append(w)
        return out
'''),
    dict(name="keeps-repeats", correct=False,
         note="Wrong: reports an unknown word every time it appears, not once.",
         code='''\
class Solution:
    def unknownWords(self, dictionary, text):
        known = set(dictionary)
        return [w for w in text if w not in known]
'''),
    dict(name="ordered-dict-keys", correct=True, time="fast",
         note="dict.fromkeys dedupes text in order in O(n); then filter with a set of known words.",
         code='''\
class Solution:
    def unknownWords(self, dictionary, text):
        known = set(dictionary)
        return [w for w in dict.fromkeys(text) if w not in known]
'''),
]
