PROBLEM = dict(
    problem_id="later-arrivals-per-cutoff",
    title="Arrivals After Each Cutoff",
    io="call",
    entry_point="laterCounts",
    difficulty="easy",
    tags=["array", "two-pointers"],
    pattern="pop-front",
    split="train",
    statement="""\
`arrivals` and `cutoffs` are both sorted in increasing order. For each cutoff `c`, count the arrivals `>= c`.

**Example.** `arrivals = [1, 3, 3, 8]`, `cutoffs = [0, 3, 4, 9]` gives `[4, 3, 1, 0]`.

**Constraints.** `0 <= len(arrivals), len(cutoffs) <= 5 * 10^4`, values between `0` and `10^9`.
""",
    starter_code="class Solution:\n    def laterCounts(self, arrivals: List[int], cutoffs: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[1, 3, 3, 8], [0, 3, 4, 9]],
    [[], [1, 2]],
    [[5], []],
    [[5], [5]],
    [[5], [6]],
    [[2, 2, 2], [1, 2, 3]],
]


def perf_inputs(rng):
    arrivals = sorted(rng.randint(0, 10**9) for _ in range(26000))
    cutoffs = sorted(rng.randint(0, 10**9) for _ in range(3000))
    return [[arrivals, cutoffs]]


SOLUTIONS = [
    dict(name="moving-index", correct=True, time="fast", reference=True,
         note="Both lists are sorted, so one index moves forward over arrivals: O(n + m) in all.",
         code='''\
class Solution:
    def laterCounts(self, arrivals, cutoffs):
        out, i = [], 0
        for c in cutoffs:
            while i < len(arrivals) and arrivals[i] < c:
                i += 1
            out.append(len(arrivals) - i)
        return out
'''),
    dict(name="pop-earlier", correct=True, time="slow",
         note="Dropping early arrivals with `pop(0)` shifts the whole remaining list each time: O(n^2).",
         code='''\
class Solution:
    def laterCounts(self, arrivals, cutoffs):
        out = []
        for c in cutoffs:
            while arrivals and arrivals[0] < c:
                arrivals.pop(0)
            out.append(len(arrivals))
        return out
'''),
    dict(name="strictly-later", correct=False,
         note="Wrong: also drops arrivals equal to the cutoff, counting only the strictly later ones.",
         code='''\
class Solution:
    def laterCounts(self, arrivals, cutoffs):
        out, i = [], 0
        for c in cutoffs:
            while i < len(arrivals) and arrivals[i] <= c:
                i += 1
            out.append(len(arrivals) - i)
        return out
'''),
    dict(name="bisect", correct=True, time="fast",
         note="bisect_left finds each cutoff's position in O(log n): O(m log n) in all.",
         code='''\
from bisect import bisect_left

class Solution:
    def laterCounts(self, arrivals, cutoffs):
        return [len(arrivals) - bisect_left(arrivals, c) for c in cutoffs]
'''),
]
