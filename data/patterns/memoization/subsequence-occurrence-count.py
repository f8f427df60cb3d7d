PROBLEM = dict(
    problem_id="subsequence-occurrence-count",
    title="How Often a Word Hides in a Text",
    io="call",
    entry_point="countHidden",
    difficulty="easy",
    tags=["dynamic-programming", "string", "recursion"],
    pattern="memoization",
    split="train",
    statement="""\
Count the ways to pick letters of `text`, keeping their order, that spell `word` exactly. Two ways differ when
they use a different set of positions of `text`.

**Example.** `text = "banana"`, `word = "ban"` gives `3`: positions (0, 1, 2), (0, 1, 4) and (0, 3, 4).

**Constraints.** `0 <= len(word) <= len(text) <= 60`, lowercase letters.
""",
    starter_code="class Solution:\n    def countHidden(self, text: str, word: str) -> int:\n",
)

EDGE_INPUTS = [
    ["banana", "ban"],
    ["", ""],
    ["abc", ""],
    ["ab", "abc"],
    ["aaaa", "aa"],
    ["abcabc", "abc"],
    ["xyz", "zy"],
]


def perf_inputs(rng):
    return [["a" * 18, "a" * 9], ["ab" * 9, "aabb"]]


SOLUTIONS = [
    dict(name="memo-two-indices", correct=True, time="fast", reference=True,
         note="The count depends only on the two positions (i in text, j in word); caching makes it O(len(text) * len(word)).",
         code='''\
from functools import lru_cache

class Solution:
    def countHidden(self, text, word):
        @lru_cache(maxsize=None)
        def count(i, j):
            if j == len(word):
                return 1
            if i == len(text):
                return 0
            total = count(i + 1, j)
            if text[i] == word[j]:
                total += count(i + 1, j + 1)
            return total
        return count(0, 0)
'''),
    dict(name="one-row-table", correct=True, time="fast",
         note="Bottom-up: ways[j] counts the spellings of word[:j] so far, updated right to left per letter of text.",
         code='''\
class Solution:
    def countHidden(self, text, word):
        ways = [1] + [0] * len(word)
        for ch in text:
            for j in range(len(word), 0, -1):
                if word[j - 1] == ch:
                    ways[j] += ways[j - 1]
        return ways[len(word)]
'''),
    dict(name="plain-recursion", correct=True, time="slow",
         note="Plain skip-or-use recursion explores each way separately, so the calls grow with the answer.",
         code='''\
class Solution:
    def countHidden(self, text, word):
        def count(i, j):
            if j == len(word):
                return 1
            if i == len(text):
                return 0
            total = count(i + 1, j)
            if text[i] == word[j]:
                total += count(i + 1, j + 1)
            return total
        return count(0, 0)
'''),
    dict(name="left-to-right-update", correct=False,
         note="Wrong: updating the row left to right lets one letter of text be used twice, as in 'aa' inside 'a'.",
         code='''\
class Solution:
    def countHidden(self, text, word):
        ways = [1] + [0] * len(word)
        for ch in text:
            for j in range(1, len(word) + 1):
                if word[j - 1] == ch:
                    ways[j] += ways[j - 1]
        return ways[len(word)]
'''),
]
