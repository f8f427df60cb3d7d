PROBLEM = dict(
    problem_id="sorted-words-with-prefix",
    title="Dictionary Words Starting With a Prefix",
    io="call",
    entry_point="prefixCounts",
    difficulty="easy",
    tags=["string", "binary-search"],
    pattern="sorted-search",
    split="test",
    statement="""\
`words` is a list of lowercase words in alphabetical order. For each string in `prefixes`, count the words that
start with it.

**Example.** `words = ["car", "cart", "cat", "dog"]`, `prefixes = ["ca", "cart", "d", "e"]` gives `[3, 1, 1, 0]`.

**Constraints.** `0 <= len(words), len(prefixes) <= 3000`; words and prefixes have 1 to 8 lowercase letters.
""",
    starter_code="class Solution:\n    def prefixCounts(self, words: List[str], prefixes: List[str]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [["car", "cart", "cat", "dog"], ["ca", "cart", "d", "e"]],
    [[], ["a"]],
    [["a"], []],
    [["a", "a", "ab"], ["a", "ab", "b"]],
    [["zz", "zzz"], ["z", "zzzz"]],
    [["abc", "abd", "b"], ["abc", "ab", "abcd"]],
]


def perf_inputs(rng):
    words = sorted("".join(rng.choice("abcdefgh") for _ in range(rng.randint(3, 7))) for _ in range(2000))
    prefixes = ["".join(rng.choice("abcdefgh") for _ in range(rng.randint(2, 4))) for _ in range(350)]
    return [[words, prefixes]]


SOLUTIONS = [
    dict(name="bisect-range", correct=True, time="fast", reference=True,
         note="Words with a prefix p form one block of the sorted list, from bisect_left(p) up to "
              "bisect_left(p + '{') ('{' sorts after 'z'): O(log n) per prefix.",
         code='''\
from bisect import bisect_left

class Solution:
    def prefixCounts(self, words, prefixes):
        return [bisect_left(words, p + "{") - bisect_left(words, p) for p in prefixes]
'''),
    dict(name="startswith-scan", correct=True, time="slow",
         note="Testing startswith on every word for every prefix ignores the alphabetical order: O(n * q).",
         code='''\
class Solution:
    def prefixCounts(self, words, prefixes):
        result = []
        for p in prefixes:
            count = 0
            for w in words:
                if w.startswith(p):
                    count += 1
            result.append(count)
        return result
'''),
    dict(name="bisect-then-walk", correct=True, time="fast",
         note="bisect_left jumps to the first candidate and a short walk covers only the matching block: "
              "O(log n + matches) per prefix.",
         code='''\
import bisect

class Solution:
    def prefixCounts(self, words, prefixes):
        result = []
        for p in prefixes:
            i = bisect.bisect_left(words, p)
            j = i
            while j < len(words) and words[j].startswith(p):
                j += 1
            result.append(j - i)
        return result
'''),
    dict(name="right-bound-at-prefix", correct=False,
         note="Wrong: bisect_right(p) - bisect_left(p) counts only words equal to the prefix, not those extending it.",
         code='''\
from bisect import bisect_left, bisect_right

class Solution:
    def prefixCounts(self, words, prefixes):
        return [bisect_right(words, p) - bisect_left(words, p) for p in prefixes]
'''),
]
