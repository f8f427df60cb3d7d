PROBLEM = dict(
    problem_id="next-letter-wraparound",
    title="Next Letter With Wrap-Around",
    io="call",
    entry_point="nextLetters",
    difficulty="easy",
    tags=["string", "binary-search"],
    pattern="sorted-search",
    split="test",
    statement="""\
`letters` is a non-empty string whose characters are in non-decreasing order. For each character of `queries`,
take the smallest character of `letters` strictly greater than it, wrapping around to `letters[0]` when there is
none. Return these answers joined into one string.

**Example.** `letters = "cfjj"`, `queries = "agj"` gives `"cjc"` (nothing is greater than `j`: wrap to `c`).

**Constraints.** `1 <= len(letters) <= 10^4`, `0 <= len(queries) <= 3000`; all characters are printable.
""",
    starter_code="class Solution:\n    def nextLetters(self, letters: str, queries: str) -> str:\n",
)

EDGE_INPUTS = [
    ["cfjj", "agj"],
    ["a", "a"],
    ["a", ""],
    ["bbb", "abc"],
    ["aceg", "bdfgz"],
    ["xyz", "wxyz"],
]


def perf_inputs(rng):
    alphabet = [chr(c) for c in range(0x4E00, 0x4E00 + 20000)]
    letters = "".join(sorted(rng.choice(alphabet) for _ in range(2500)))
    queries = "".join(rng.choice(alphabet) for _ in range(900))
    return [[letters, queries]]


SOLUTIONS = [
    dict(name="bisect-right-wrap", correct=True, time="fast", reference=True,
         note="letters is sorted, so bisect_right finds the first character greater than the query in O(log n); "
              "past the end it wraps to index 0.",
         code='''\
from bisect import bisect_right

class Solution:
    def nextLetters(self, letters, queries):
        out = []
        for q in queries:
            i = bisect_right(letters, q)
            out.append(letters[i % len(letters)])
        return "".join(out)
'''),
    dict(name="scan-letters", correct=True, time="slow",
         note="Scanning letters from the start for each query ignores their order: O(n) per query.",
         code='''\
class Solution:
    def nextLetters(self, letters, queries):
        out = ""
        for q in queries:
            answer = letters[0]
            for c in letters:
                if c > q:
                    answer = c
                    break
            out += answer
        return out
'''),
    dict(name="binary-search-loop", correct=True, time="fast",
         note="A hand-written upper-bound binary search over the sorted string: O(log n) per query.",
         code='''\
class Solution:
    def nextLetters(self, letters, queries):
        out = []
        for q in queries:
            lo, hi = 0, len(letters)
            while lo < hi:
                mid = (lo + hi) // 2
                if letters[mid] <= q:
                    lo = mid + 1
                else:
                    hi = mid
            out.append(letters[lo] if lo < len(letters) else letters[0])
        return "".join(out)
'''),
    dict(name="greater-or-equal", correct=False,
         note="Wrong: bisect_left returns the query itself when it is in letters, but the answer must be strictly greater.",
         code='''\
from bisect import bisect_left

class Solution:
    def nextLetters(self, letters, queries):
        out = []
        for q in queries:
            i = bisect_left(letters, q)
            out.append(letters[i % len(letters)])
        return "".join(out)
'''),
]
