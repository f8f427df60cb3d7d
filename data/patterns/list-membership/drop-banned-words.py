PROBLEM = dict(
    problem_id="drop-banned-words",
    title="Drop Banned Words",
    io="call",
    entry_point="filterWords",
    difficulty="easy",
    tags=["string", "hash-set"],
    pattern="list-membership",
    split="train",
    statement="""\
Return the words of `text` that are not in the list `banned`, keeping their order and their repeats.

**Example.** `text = ["the", "cat", "the", "dog"]`, `banned = ["the"]` gives `["cat", "dog"]`.

**Constraints.** `0 <= len(text) <= 3000`, `0 <= len(banned) <= 2000`, words are lowercase.
""",
    starter_code="class Solution:\n    def filterWords(self, text: List[str], banned: List[str]) -> List[str]:\n",
)

EDGE_INPUTS = [
    [["the", "cat", "the", "dog"], ["the"]],
    [[], ["a"]],
    [["a", "b"], []],
    [["a", "a", "b", "a"], ["b"]],
    [["x", "y"], ["x", "y", "z"]],
    [["keep", "keep"], ["drop"]],
]


def perf_inputs(rng):
    vocab = ["w" + str(i) for i in range(4000)]
    banned = rng.sample(vocab, 2000)
    text = [rng.choice(vocab) for _ in range(3000)]
    return [[text, banned]]


SOLUTIONS = [
    dict(name="banned-set", correct=True, time="fast", reference=True,
         note="Turn `banned` into a set once: each test is O(1) on average, O(len(text) + len(banned)) in all.",
         code='''\
class Solution:
    def filterWords(self, text, banned):
        bad = set(banned)
        return [w for w in text if w not in bad]
'''),
    dict(name="banned-list", correct=True, time="slow",
         note="`w not in banned` scans the whole list for every kept word: O(len(text) * len(banned)).",
         code='''\
class Solution:
    def filterWords(self, text, banned):
        out = []
        for w in text:
            if w not in banned:
                out.append(w)
        return out
'''),
    dict(name="set-difference", correct=False,
         note="Wrong: a set difference loses the order and the repeated words of `text`.",
         code='''\
class Solution:
    def filterWords(self, text, banned):
        return sorted(set(text) - set(banned))
'''),
    dict(name="banned-dict", correct=True, time="fast",
         note="A dict of banned words gives the same O(1) average test, O(n) in all.",
         code='''\
class Solution:
    def filterWords(self, text, banned):
        bad = dict.fromkeys(banned)
        out = []
        for w in text:
            if w not in bad:
                out.append(w)
        return out
'''),
]
