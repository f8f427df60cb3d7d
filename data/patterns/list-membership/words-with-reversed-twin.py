PROBLEM = dict(
    problem_id="words-with-reversed-twin",
    title="Words With a Reversed Twin",
    io="call",
    entry_point="reversedPairs",
    difficulty="easy",
    tags=["string", "hash-set"],
    pattern="list-membership",
    split="test",
    statement="""\
`words` holds distinct lowercase words. Count the pairs of two different words where one is the other spelled
backwards. A palindrome such as `"aba"` does not pair with itself.

**Example.** `words = ["abc", "cba", "xy", "aba", "yx", "z"]` gives `2`.

**Constraints.** `0 <= len(words) <= 3000`, each word has 1 to 6 letters.
""",
    starter_code="class Solution:\n    def reversedPairs(self, words: List[str]) -> int:\n",
)

EDGE_INPUTS = [
    [["abc", "cba", "xy", "aba", "yx", "z"]],
    [[]],
    [["aa"]],
    [["ab", "ba"]],
    [["abc", "bca", "cab"]],
    [["q", "r", "qq"]],
]


def perf_inputs(rng):
    words = set()
    while len(words) < 2000:
        words.add("".join(rng.choice("abcdefgh") for _ in range(rng.randint(4, 6))))
    return [[sorted(words)]]


SOLUTIONS = [
    dict(name="word-set", correct=True, time="fast", reference=True,
         note="Look each reversal up in a set of the words: O(1) average per word, O(n) in all.",
         code='''\
class Solution:
    def reversedPairs(self, words):
        pool = set(words)
        count = 0
        for w in words:
            r = w[::-1]
            if r != w and r in pool:
                count += 1
        return count // 2
'''),
    dict(name="word-list", correct=True, time="slow",
         note="`r in words` scans the whole list for each word: O(n^2) string comparisons.",
         code='''\
class Solution:
    def reversedPairs(self, words):
        count = 0
        for w in words:
            r = w[::-1]
            if r != w and r in words:
                count += 1
        return count // 2
'''),
    dict(name="palindromes-pair", correct=False,
         note="Wrong: a palindrome finds itself as its reversal, so each one adds half a pair.",
         code='''\
class Solution:
    def reversedPairs(self, words):
        pool = set(words)
        count = sum(1 for w in words if w[::-1] in pool)
        return count // 2
'''),
    dict(name="seen-set-once", correct=True, time="fast",
         note="One pass with a set of earlier words counts each pair when its second word arrives: O(n).",
         code='''\
class Solution:
    def reversedPairs(self, words):
        seen = set()
        count = 0
        for w in words:
            if w[::-1] in seen and w[::-1] != w:
                count += 1
            seen.add(w)
        return count
'''),
]
