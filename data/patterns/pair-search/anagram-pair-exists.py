PROBLEM = dict(
    problem_id="anagram-pair-exists",
    title="Any Two Words Made of the Same Letters",
    io="call",
    entry_point="hasAnagramPair",
    difficulty="easy",
    tags=["string", "hash-table", "sorting"],
    pattern="pair-search",
    split="train",
    statement="""\
Return `True` when two words at different positions of `words` use exactly the same letters the same number of
times (identical words count too), else `False`.

**Example.** `words = ["note", "tone", "cat"]` gives `True`; `["ab", "abb"]` gives `False`.

**Constraints.** `0 <= len(words) <= 3000`, each word has 1 to 10 lowercase letters.
""",
    starter_code="class Solution:\n    def hasAnagramPair(self, words: List[str]) -> bool:\n",
)

EDGE_INPUTS = [
    [["note", "tone", "cat"]],
    [["ab", "abb"]],
    [[]],
    [["a"]],
    [["a", "a"]],
    [["abc", "bca", "x"]],
    [["aab", "abb", "bba"]],
]


def perf_inputs(rng):
    keys = set()
    while len(keys) < 350:
        keys.add("".join(sorted(rng.choice("abcdefghij") for _ in range(6))))
    words = []
    for key in sorted(keys):
        letters = list(key)
        rng.shuffle(letters)
        words.append("".join(letters))
    rng.shuffle(words)
    return [[words]]


SOLUTIONS = [
    dict(name="sorted-key-set", correct=True, time="fast", reference=True,
         note="Two words match exactly when their sorted letters match, so a set of sorted keys finds a repeat in O(n).",
         code='''\
class Solution:
    def hasAnagramPair(self, words):
        seen = set()
        for w in words:
            key = "".join(sorted(w))
            if key in seen:
                return True
            seen.add(key)
        return False
'''),
    dict(name="key-count", correct=True, time="fast",
         note="Build all the sorted keys once; a pair exists when there are fewer distinct keys than words.",
         code='''\
class Solution:
    def hasAnagramPair(self, words):
        return len({"".join(sorted(w)) for w in words}) < len(words)
'''),
    dict(name="all-pairs", correct=True, time="slow",
         note="Sorts and compares both words for every pair i < j: O(n^2) sorts where one key per word suffices.",
         code='''\
class Solution:
    def hasAnagramPair(self, words):
        for i in range(len(words)):
            for j in range(i + 1, len(words)):
                if sorted(words[i]) == sorted(words[j]):
                    return True
        return False
'''),
    dict(name="letter-sets", correct=False,
         note="Wrong: compares sets of letters, so 'aab' and 'abb' look alike though their counts differ.",
         code='''\
class Solution:
    def hasAnagramPair(self, words):
        keys = [frozenset(w) for w in words]
        return len(set(keys)) < len(keys)
'''),
]
