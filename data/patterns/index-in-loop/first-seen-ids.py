PROBLEM = dict(
    problem_id="first-seen-ids",
    title="Number Labels in Order of First Appearance",
    io="call",
    entry_point="labels",
    difficulty="easy",
    tags=["string", "hash-table"],
    pattern="index-in-loop",
    split="train",
    statement="""\
Replace every word of `words` by a number: the first distinct word gets 0, the second distinct word to appear
gets 1, and so on; repeated words reuse their number. Return the list of numbers.

**Example.** `words = ["sun", "moon", "sun", "star"]` gives `[0, 1, 0, 2]`.

**Constraints.** `0 <= len(words) <= 3000`; words are 1 to 8 lowercase letters.
""",
    starter_code="class Solution:\n    def labels(self, words: List[str]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [["sun", "moon", "sun", "star"]],
    [[]],
    [["one"]],
    [["b", "a", "b", "a"]],
    [["z", "y", "x"]],
    [["q", "q", "q", "p"]],
]


def perf_inputs(rng):
    vocab = ["".join(rng.choice("abcdefghijklmnop") for _ in range(6)) for _ in range(2800)]
    return [[[rng.choice(vocab) for _ in range(3000)]]]


SOLUTIONS = [
    dict(name="label-dict", correct=True, time="fast", reference=True,
         note="A dict from word to label, filled as new words arrive, gives each label in O(1): O(n).",
         code='''\
class Solution:
    def labels(self, words):
        label = {}
        out = []
        for w in words:
            if w not in label:
                label[w] = len(label)
            out.append(label[w])
        return out
'''),
    dict(name="index-in-distinct", correct=True, time="slow",
         note="distinct.index(w) searches the list of distinct words for every word: O(n * distinct).",
         code='''\
class Solution:
    def labels(self, words):
        distinct = list(dict.fromkeys(words))
        out = []
        for w in words:
            out.append(distinct.index(w))
        return out
'''),
    dict(name="fromkeys-map", correct=True, time="fast",
         note="dict.fromkeys keeps first-appearance order; numbering its keys once gives an O(1) lookup per word.",
         code='''\
class Solution:
    def labels(self, words):
        label = {w: i for i, w in enumerate(dict.fromkeys(words))}
        return [label[w] for w in words]
'''),
    dict(name="alphabetical-labels", correct=False,
         note="Wrong: numbers the words in alphabetical order instead of order of first appearance.",
         code='''\
class Solution:
    def labels(self, words):
        label = {w: i for i, w in enumerate(sorted(set(words)))}
        return [label[w] for w in words]
'''),
]
