PROBLEM = dict(
    problem_id="words-with-earlier-anagram",
    title="Words With an Earlier Anagram",
    io="call",
    entry_point="countAnagramRepeats",
    difficulty="easy",
    tags=["string", "hash-set", "sorting"],
    pattern="list-membership",
    split="train",
    statement="""\
Count the words of `words` that use exactly the same letters (with the same counts) as some word earlier in
the list, e.g. `"listen"` after `"silent"`. A word repeated exactly counts too.

**Example.** `words = ["tea", "bat", "eat", "tab", "tea", "cat"]` gives `3` (`"eat"`, `"tab"`, `"tea"`).

**Constraints.** `0 <= len(words) <= 4000`, each word has 1 to 8 lowercase letters.
""",
    starter_code="class Solution:\n    def countAnagramRepeats(self, words: List[str]) -> int:\n",
)

EDGE_INPUTS = [
    [["tea", "bat", "eat", "tab", "tea", "cat"]],
    [[]],
    [["a"]],
    [["ab", "ba", "ab"]],
    [["abc", "abd"]],
    [["aab", "abb"]],
]


def perf_inputs(rng):
    keys = set()
    while len(keys) < 3000:                     # distinct letter multisets: no word has an earlier anagram
        keys.add("".join(sorted(rng.choice("abcdefghijklmnop") for _ in range(6))))
    words = []
    for key in sorted(keys):
        letters = list(key)
        rng.shuffle(letters)
        words.append("".join(letters))
    rng.shuffle(words)
    return [[words]]


SOLUTIONS = [
    dict(name="key-set", correct=True, time="fast", reference=True,
         note="Keep the sorted-letter key of every earlier word in a set: O(1) average per lookup, O(n) in all.",
         code='''\
class Solution:
    def countAnagramRepeats(self, words):
        seen = set()
        count = 0
        for w in words:
            key = "".join(sorted(w))
            if key in seen:
                count += 1
            seen.add(key)
        return count
'''),
    dict(name="key-list", correct=True, time="slow",
         note="The earlier keys sit in a list, so each `in` compares with all of them: O(n^2) when few words match.",
         code='''\
class Solution:
    def countAnagramRepeats(self, words):
        keys = []
        count = 0
        for w in words:
            key = "".join(sorted(w))
            if key in keys:
                count += 1
            else:
                keys.append(key)
        return count
'''),
    dict(name="letter-set-key", correct=False,
         note="Wrong: keys by the set of letters, so words with the same letters in different counts match.",
         code='''\
class Solution:
    def countAnagramRepeats(self, words):
        seen = set()
        count = 0
        for w in words:
            key = frozenset(w)
            if key in seen:
                count += 1
            seen.add(key)
        return count
'''),
    dict(name="counter-dict", correct=True, time="fast",
         note="A dict counts each key; every word after the first of its key counts: O(n) on average.",
         code='''\
class Solution:
    def countAnagramRepeats(self, words):
        groups = {}
        for w in words:
            key = "".join(sorted(w))
            groups[key] = groups.get(key, 0) + 1
        return sum(c - 1 for c in groups.values())
'''),
]
