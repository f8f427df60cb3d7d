PROBLEM = dict(
    problem_id="sequence-reads-same-backwards",
    title="A Sequence That Reads the Same Backwards",
    io="call",
    entry_point="isMirror",
    difficulty="easy",
    tags=["array", "two-pointers"],
    pattern="pop-front",
    split="train",
    statement="""\
Return `True` if the list `seq` is the same read from either end (a palindrome of numbers), else `False`.

**Example.** `seq = [4, 1, 1, 4]` gives `True`; `seq = [4, 1, 2]` gives `False`.

**Constraints.** `0 <= len(seq) <= 6 * 10^4`, `-10^9 <= seq[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def isMirror(self, seq: List[int]) -> bool:\n",
)

EDGE_INPUTS = [
    [[4, 1, 1, 4]],
    [[4, 1, 2]],
    [[]],
    [[9]],
    [[1, 2, 1]],
    [[1, 2, 2]],
    [[3, 1, 3, 3]],
    [[1, 2, 3, 1]],
]


def perf_inputs(rng):
    half = [rng.randint(-10**9, 10**9) for _ in range(21000)]
    return [[half + half[::-1]]]


SOLUTIONS = [
    dict(name="two-pointers", correct=True, time="fast", reference=True,
         note="Compare seq[i] with seq[n-1-i] while two indices move inward: O(n), no removal.",
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
    dict(name="pop-ends", correct=True, time="slow",
         note="`seq.pop(0)` shifts the whole remaining list each round: O(n^2) for a long palindrome.",
         code='''\
class Solution:
    def isMirror(self, seq):
        while len(seq) > 1:
            if seq.pop(0) != seq.pop():
                return False
        return True
'''),
    dict(name="one-pair-short", correct=False,
         note="Wrong: the loop stops one pair early, so the innermost pair is never compared.",
         code='''\
class Solution:
    def isMirror(self, seq):
        n = len(seq)
        for i in range(n // 2 - 1):
            if seq[i] != seq[n - 1 - i]:
                return False
        return True
'''),
    dict(name="reversed-copy", correct=True, time="fast",
         note="Compare the list with its reversed copy: one O(n) comparison in C.",
         code='''\
class Solution:
    def isMirror(self, seq):
        return seq == seq[::-1]
'''),
]
