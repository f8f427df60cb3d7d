PROBLEM = dict(
    problem_id="palindrome-by-trimming",
    title="Does the Sequence Read the Same Backwards",
    io="call",
    entry_point="isMirror",
    difficulty="easy",
    tags=["array", "two-pointers"],
    pattern="copy-in-loop",
    split="test",
    statement="""\
Return `True` if the list `seq` reads the same from both ends (`seq[i] == seq[len(seq) - 1 - i]` for every `i`).

**Example.** `seq = [1, 2, 3, 2, 1]` gives `True`; `seq = [1, 2, 1, 2]` gives `False`.

**Constraints.** `0 <= len(seq) <= 2 * 10^4`, `-10^9 <= seq[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def isMirror(self, seq: List[int]) -> bool:\n",
)

EDGE_INPUTS = [
    [[1, 2, 3, 2, 1]],
    [[1, 2, 1, 2]],
    [[]],
    [[8]],
    [[4, 4]],
    [[1, 2, 3, 1]],
    [[5, 1, 9, 1, 6]],
]


def perf_inputs(rng):
    half = [rng.randint(-10**9, 10**9) for _ in range(3000)]
    mirror = half + half[::-1]
    almost = mirror[:]
    almost[len(almost) // 2] += 1                      # breaks the symmetry only at the centre
    return [[mirror], [almost]]


SOLUTIONS = [
    dict(name="two-indices", correct=True, time="fast", reference=True,
         note="Two indices walk in from both ends and compare in place, copying nothing: O(n).",
         code='''\
class Solution:
    def isMirror(self, seq):
        i, j = 0, len(seq) - 1
        while i < j:
            if seq[i] != seq[j]:
                return False
            i += 1
            j -= 1
        return True
'''),
    dict(name="trim-ends", correct=True, time="slow",
         note="seq = seq[1:-1] copies the whole remaining middle after every comparison: O(n^2).",
         code='''\
class Solution:
    def isMirror(self, seq):
        while len(seq) > 1:
            if seq[0] != seq[-1]:
                return False
            seq = seq[1:-1]
        return True
'''),
    dict(name="reversed-copy", correct=True, time="fast",
         note="One reversed copy, compared once with the original, is O(n).",
         code='''\
class Solution:
    def isMirror(self, seq):
        return seq == seq[::-1]
'''),
    dict(name="halves-compare", correct=False,
         note="Wrong: for an odd length the second half includes the middle, so the halves never match in size.",
         code='''\
class Solution:
    def isMirror(self, seq):
        n = len(seq)
        return seq[:n // 2] == seq[n // 2:][::-1]
'''),
]
