PROBLEM = dict(
    problem_id="pig-latin-words",
    title="Pig Latin, Word by Word",
    io="call",
    entry_point="pigLatin",
    difficulty="easy",
    tags=["string"],
    pattern="string-building",
    split="train",
    statement="""\
Translate each word of `words` into pig latin (move its first letter to the end, then add `"ay"`) and return
the translations separated by single spaces.

**Example.** `words = ["hello", "big", "a"]` gives `"ellohay igbay aay"`.

**Constraints.** `0 <= len(words) <= 2 * 10^4`, each word has 1 to 12 lowercase letters.
""",
    starter_code="class Solution:\n    def pigLatin(self, words: List[str]) -> str:\n",
)

EDGE_INPUTS = [
    [["hello", "big", "a"]],
    [[]],
    [["x"]],
    [["ab", "ba"]],
    [["same", "same"]],
    [["quiet"]],
]


def perf_inputs(rng):
    return [[["".join(rng.choice("bcdfghlmnprst") for _ in range(rng.randint(5, 12))) for _ in range(9000)]]]


SOLUTIONS = [
    dict(name="translate-join", correct=True, time="fast", reference=True,
         note="Translate each word and join the translations once: O(total length).",
         code='''\
class Solution:
    def pigLatin(self, words):
        return " ".join(w[1:] + w[0] + "ay" for w in words)
'''),
    dict(name="concat-sentence", correct=True, time="slow",
         note="`out = out + ' ' + w[1:] + ...` copies the whole sentence several times per word: O(words * length).",
         code='''\
class Solution:
    def pigLatin(self, words):
        out = ""
        for w in words:
            if out:
                out = out + " " + w[1:] + w[0] + "ay"
            else:
                out = w[1:] + w[0] + "ay"
        return out
'''),
    dict(name="keeps-first-letter", correct=False,
         note="Wrong: copies the first letter to the end without removing it from the front.",
         code='''\
class Solution:
    def pigLatin(self, words):
        return " ".join(w + w[0] + "ay" for w in words)
'''),
    dict(name="parts-list", correct=True, time="fast",
         note="Append every translated word to a list, join with spaces at the end: O(total length).",
         code='''\
class Solution:
    def pigLatin(self, words):
        parts = []
        for w in words:
            parts.append(w[1:] + w[0] + "ay")
        return " ".join(parts)
'''),
]
