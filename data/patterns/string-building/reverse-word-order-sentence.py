PROBLEM = dict(
    problem_id="reverse-word-order-sentence",
    title="Reverse the Word Order",
    io="call",
    entry_point="reverseWords",
    difficulty="easy",
    tags=["string"],
    pattern="string-building",
    split="test",
    statement="""\
Words in `sentence` are separated by one or more spaces. Return the words in reverse order, joined by single
spaces, with no space at either end.

**Example.** `sentence = "  fly   me to"` gives `"to me fly"`.

**Constraints.** `0 <= len(sentence) <= 10^5`, lowercase letters and spaces.
""",
    starter_code="class Solution:\n    def reverseWords(self, sentence: str) -> str:\n",
)

EDGE_INPUTS = [
    ["  fly   me to"],
    [""],
    ["   "],
    ["one"],
    ["a b"],
    ["x  y  z "],
]


def perf_inputs(rng):
    words = ["".join(rng.choice("abcdefghij") for _ in range(rng.randint(3, 9))) for _ in range(24000)]
    return [[" ".join(words)]]


SOLUTIONS = [
    dict(name="split-reverse-join", correct=True, time="fast", reference=True,
         note="split() drops the extra spaces; reverse the list and join once: O(n).",
         code='''\
class Solution:
    def reverseWords(self, sentence):
        return " ".join(reversed(sentence.split()))
'''),
    dict(name="prepend-words", correct=True, time="slow",
         note="`out = w + ' ' + out` copies the whole result for every word: O(words * length).",
         code='''\
class Solution:
    def reverseWords(self, sentence):
        out = ""
        for w in sentence.split():
            if out:
                out = w + " " + out
            else:
                out = w
        return out
'''),
    dict(name="split-on-one-space", correct=False,
         note="Wrong: split(' ') keeps empty strings between repeated spaces, so extra spaces survive.",
         code='''\
class Solution:
    def reverseWords(self, sentence):
        return " ".join(reversed(sentence.split(" "))).strip()
'''),
    dict(name="slice-reverse", correct=True, time="fast",
         note="Reverse the word list by slicing and join once: O(n).",
         code='''\
class Solution:
    def reverseWords(self, sentence):
        return " ".join(sentence.split()[::-1])
'''),
]
