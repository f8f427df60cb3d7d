PROBLEM = dict(
    problem_id="strip-leading-zero-digits",
    title="Strip Leading Zero Digits",
    io="call",
    entry_point="stripZeros",
    difficulty="easy",
    tags=["array"],
    pattern="pop-front",
    split="train",
    statement="""\
A big number is stored as the list `digits`, most significant digit first, possibly with leading zeros.
Remove the leading zeros, but keep a single `0` if the number is zero.

**Example.** `digits = [0, 0, 4, 0, 2]` gives `[4, 0, 2]`; `[0, 0]` gives `[0]`.

**Constraints.** `1 <= len(digits) <= 5 * 10^4`, `0 <= digits[i] <= 9`.
""",
    starter_code="class Solution:\n    def stripZeros(self, digits: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[0, 0, 4, 0, 2]],
    [[0, 0]],
    [[0]],
    [[7]],
    [[1, 0, 0]],
    [[0, 0, 0, 1]],
]


def perf_inputs(rng):
    return [[[0] * 22000 + [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(6000)]]]


SOLUTIONS = [
    dict(name="find-then-slice", correct=True, time="fast", reference=True,
         note="Find the first non-zero digit in one pass, then take one slice: O(n).",
         code='''\
class Solution:
    def stripZeros(self, digits):
        for i, d in enumerate(digits):
            if d != 0:
                return digits[i:]
        return [0]
'''),
    dict(name="pop-front", correct=True, time="slow",
         note="Each `digits.pop(0)` shifts all remaining digits: O(n) per zero removed, O(n^2) in all.",
         code='''\
class Solution:
    def stripZeros(self, digits):
        while len(digits) > 1 and digits[0] == 0:
            digits.pop(0)
        return digits
'''),
    dict(name="strips-zero-itself", correct=False,
         note="Wrong: also strips the last zero, so the number zero becomes an empty list.",
         code='''\
class Solution:
    def stripZeros(self, digits):
        i = 0
        while i < len(digits) and digits[i] == 0:
            i += 1
        return digits[i:]
'''),
    dict(name="count-then-delete", correct=True, time="fast",
         note="Count the zeros first, then delete them with one slice deletion: a single O(n) shift.",
         code='''\
class Solution:
    def stripZeros(self, digits):
        k = 0
        for d in digits[:-1]:
            if d != 0:
                break
            k += 1
        del digits[:k]
        return digits
'''),
]
