PROBLEM = dict(
    problem_id="anagram-groups-count",
    title="Count Anagram Groups",
    io="call",
    entry_point="countAnagramGroups",
    difficulty="easy",
    tags=["string", "hash-table", "sorting"],
    split="train",
    statement="""\
Two words belong to the same group when one is a rearrangement of the letters of the other (same letters, each
used the same number of times). A word that has no rearrangement in the list forms a group on its own, and
repeated copies of one word are in the same group. Return the number of groups in the list `words`.

**Example.** `words = ["listen", "enlist", "stone", "notes", "onset", "tones", "cat", "act", "at"]` gives `4`:
`{listen, enlist}`, `{stone, notes, onset, tones}`, `{cat, act}` and `{at}`.

**Constraints.** `0 <= len(words) <= 20000`; every word has 1 to 10 lowercase English letters.
""",
    starter_code="class Solution:\n    def countAnagramGroups(self, words: List[str]) -> int:\n",
)

EDGE_INPUTS = [
    [["listen", "enlist", "stone", "notes", "onset", "tones", "cat", "act", "at"]],
    [[]],
    [["a"]],
    [["ab", "ba", "ab", "ba"]],
    [["aab", "abb", "bab", "aba"]],
    [["abc", "def", "ghi"]],
    [["z", "zz", "zzz", "zz"]],
]


def perf_inputs(rng):
    letters = "abcdefghijklmnopqrstuvwxyz"

    def build(n_groups, n_words):
        bases = ["".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(n_groups)]
        words = []
        for _ in range(n_words):
            w = list(rng.choice(bases))
            rng.shuffle(w)
            words.append("".join(w))
        return [words]
    return [build(6000, 20000), build(300, 20000)]


SOLUTIONS = [
    dict(name="sorted-key-set", correct=True, time="fast", memory="lean", reference=True,
         note="O(n m log m) for word length m: the sorted letters identify a group; count distinct keys.",
         code='''\
class Solution:
    def countAnagramGroups(self, words):
        return len({"".join(sorted(w)) for w in words})
'''),
    dict(name="group-lists", correct=True, time="fast", memory="medium",
         note="O(n m log m): the usual grouping dict, keeping every word in its group's list.",
         code='''\
from collections import defaultdict

class Solution:
    def countAnagramGroups(self, words):
        groups = defaultdict(list)
        for word in words:
            groups[tuple(sorted(word))].append(word)
        return len(groups)
'''),
    dict(name="letter-count-tuples", correct=True, time="medium", memory="hungry",
         note="O(n * (m + 26)): key = tuple of 26 letter counts; the dict holds every group's word list.",
         code='''\
class Solution:
    def countAnagramGroups(self, words):
        groups = {}
        for w in words:
            counts = [0] * 26
            for ch in w:
                counts[ord(ch) - 97] += 1
            groups.setdefault(tuple(counts), []).append(w)
        return len(groups)
'''),
    dict(name="counter-frozensets", correct=True, time="medium", memory="hungry",
         note="O(n m): key = frozenset of the Counter's (letter, count) items.",
         code='''\
from collections import Counter

class Solution:
    def countAnagramGroups(self, words):
        keys = [frozenset(Counter(w).items()) for w in words]
        return len(set(keys))
'''),
    dict(name="sort-keys-count-changes", correct=True, time="fast", memory="medium",
         note="O(n log n): sort all the keys, then count the places where the key changes.",
         code='''\
class Solution:
    def countAnagramGroups(self, words):
        keys = sorted("".join(sorted(w)) for w in words)
        count = 0
        for i, k in enumerate(keys):
            if i == 0 or k != keys[i - 1]:
                count += 1
        return count
'''),
    dict(name="list-of-representatives", correct=True, time="slow", memory="lean",
         note="O(n * g) for g groups: checks each word's key against a plain list of the keys seen so far.",
         code='''\
class Solution:
    def countAnagramGroups(self, words):
        reps = []
        for w in words:
            key = sorted(w)
            if key not in reps:
                reps.append(key)
        return len(reps)
'''),
    dict(name="letter-set-key", correct=False,
         note="Wrong: keys on the set of letters, ignoring how often each appears, so 'aab' and 'abb' merge.",
         code='''\
class Solution:
    def countAnagramGroups(self, words):
        return len({frozenset(w) for w in words})
'''),
]
