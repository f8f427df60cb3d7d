PROBLEM = dict(
    problem_id="merge-sorted-by-slicing",
    title="Merge Two Sorted Lists",
    io="call",
    entry_point="merge",
    difficulty="easy",
    tags=["array", "two-pointers", "sorting"],
    pattern="copy-in-loop",
    split="train",
    statement="""\
`a` and `b` are each sorted in non-decreasing order. Return one sorted list holding all elements of both.

**Example.** `a = [1, 4, 9]`, `b = [2, 4, 10, 11]` gives `[1, 2, 4, 4, 9, 10, 11]`.

**Constraints.** `0 <= len(a), len(b) <= 10^4`, `-10^9 <= values <= 10^9`.
""",
    starter_code="class Solution:\n    def merge(self, a: List[int], b: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[1, 4, 9], [2, 4, 10, 11]],
    [[], []],
    [[3], []],
    [[], [1, 2]],
    [[5, 6], [1, 2]],
    [[1, 1], [1]],
]


def perf_inputs(rng):
    a = sorted(rng.randint(-10**9, 10**9) for _ in range(5000))
    b = sorted(rng.randint(-10**9, 10**9) for _ in range(5000))
    return [[a, b]]


SOLUTIONS = [
    dict(name="two-indices", correct=True, time="fast", reference=True,
         note="Two indices advance through a and b and the smaller head is appended: O(n + m), no copies.",
         code='''\
class Solution:
    def merge(self, a, b):
        out = []
        i = j = 0
        while i < len(a) and j < len(b):
            if a[i] <= b[j]:
                out.append(a[i])
                i += 1
            else:
                out.append(b[j])
                j += 1
        out.extend(a[i:])
        out.extend(b[j:])
        return out
'''),
    dict(name="pop-heads-by-slicing", correct=True, time="slow",
         note="a = a[1:] (or b = b[1:]) copies the rest of a list for every element taken: O((n + m)^2).",
         code='''\
class Solution:
    def merge(self, a, b):
        out = []
        while a and b:
            if a[0] <= b[0]:
                out.append(a[0])
                a = a[1:]
            else:
                out.append(b[0])
                b = b[1:]
        return out + a + b
'''),
    dict(name="sort-concatenation", correct=True, time="fast",
         note="One concatenation, then sorted(): Timsort finds the two sorted runs and merges them in O(n + m).",
         code='''\
class Solution:
    def merge(self, a, b):
        return sorted(a + b)
'''),
    dict(name="forgets-leftovers", correct=False,
         note="Wrong: stops when one list runs out and never adds what is left of the other one.",
         code='''\
class Solution:
    def merge(self, a, b):
        out = []
        i = j = 0
        while i < len(a) and j < len(b):
            if a[i] <= b[j]:
                out.append(a[i])
                i += 1
            else:
                out.append(b[j])
                j += 1
        return out
'''),
]
