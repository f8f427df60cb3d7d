PROBLEM = dict(
    problem_id="concat-equals-target",
    title="Two Pieces That Join Into the Target",
    io="call",
    entry_point="joinPairs",
    difficulty="easy",
    tags=["string", "hash-table"],
    pattern="pair-search",
    split="test",
    statement="""\
Count the ordered pairs of positions `(i, j)`, `i != j`, with `pieces[i] + pieces[j] == target`.

**Example.** `pieces = ["ab", "cd", "abc", "d", "ab"]`, `target = "abcd"` gives `3`: (0, 1), (4, 1), (2, 3).

**Constraints.** `0 <= len(pieces) <= 3000`, pieces and target have 1 to 12 lowercase letters.
""",
    starter_code="class Solution:\n    def joinPairs(self, pieces: List[str], target: str) -> int:\n",
)

EDGE_INPUTS = [
    [["ab", "cd", "abc", "d", "ab"], "abcd"],
    [[], "ab"],
    [["a"], "aa"],
    [["a", "a"], "aa"],
    [["a", "a", "a"], "aa"],
    [["x", "y"], "yx"],
]


def perf_inputs(rng):
    target = "abababab"
    pieces = ["".join(rng.choice("ab") for _ in range(rng.randint(1, 7))) for _ in range(700)]
    return [[pieces, target]]


SOLUTIONS = [
    dict(name="counter-of-pieces", correct=True, time="fast", reference=True,
         note="For each piece that starts the target, the rest of the target is looked up in a Counter: O(n) lookups.",
         code='''\
from collections import Counter

class Solution:
    def joinPairs(self, pieces, target):
        counts = Counter(pieces)
        pairs = 0
        for p in pieces:
            if target.startswith(p):
                rest = target[len(p):]
                pairs += counts[rest] - (1 if rest == p else 0)
        return pairs
'''),
    dict(name="split-points", correct=True, time="fast",
         note="Try each split of the target into a prefix and a suffix and multiply their counts: O(n + len(target)).",
         code='''\
from collections import Counter

class Solution:
    def joinPairs(self, pieces, target):
        counts = Counter(pieces)
        pairs = 0
        for cut in range(1, len(target)):
            left, right = target[:cut], target[cut:]
            if left == right:
                pairs += counts[left] * (counts[left] - 1)
            else:
                pairs += counts[left] * counts[right]
        return pairs
'''),
    dict(name="all-pairs", correct=True, time="slow",
         note="Concatenates every ordered pair of pieces: O(n^2) string joins where a Counter lookup per piece suffices.",
         code='''\
class Solution:
    def joinPairs(self, pieces, target):
        pairs = 0
        for i in range(len(pieces)):
            for j in range(len(pieces)):
                if i != j and pieces[i] + pieces[j] == target:
                    pairs += 1
        return pairs
'''),
    dict(name="piece-with-itself", correct=False,
         note="Wrong: does not subtract the piece itself, so 'a' + 'a' is counted even when 'a' appears once.",
         code='''\
from collections import Counter

class Solution:
    def joinPairs(self, pieces, target):
        counts = Counter(pieces)
        return sum(counts[target[len(p):]] for p in pieces if target.startswith(p))
'''),
]
