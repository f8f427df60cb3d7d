PROBLEM = dict(
    problem_id="tile-strip-three-sizes",
    title="Tile a Strip With Three Tile Sizes",
    io="call",
    entry_point="tilings",
    difficulty="easy",
    tags=["dynamic-programming", "recursion"],
    pattern="memoization",
    split="train",
    statement="""\
A strip of length `n` is covered, left to right, with tiles of length 1, 2 or 3 (no gaps, no overlaps). Two
tilings differ when their sequences of tile lengths differ. Return the number of tilings.

**Example.** `n = 3` gives `4`: `1+1+1`, `1+2`, `2+1`, `3`.

**Constraints.** `0 <= n <= 30`.
""",
    starter_code="class Solution:\n    def tilings(self, n: int) -> int:\n",
)

EDGE_INPUTS = [[0], [1], [2], [3], [4], [10]]


def perf_inputs(rng):
    return [[20], [19]]


SOLUTIONS = [
    dict(name="memo-recursion", correct=True, time="fast", reference=True,
         note="The same lengths are asked for again and again; caching each length's count makes it O(n).",
         code='''\
from functools import lru_cache

class Solution:
    def tilings(self, n):
        @lru_cache(maxsize=None)
        def ways(k):
            if k < 0:
                return 0
            if k == 0:
                return 1
            return ways(k - 1) + ways(k - 2) + ways(k - 3)
        return ways(n)
'''),
    dict(name="bottom-up", correct=True, time="fast",
         note="Fill the counts from length 0 upwards, each one the sum of the previous three: O(n).",
         code='''\
class Solution:
    def tilings(self, n):
        ways = [1] + [0] * n
        for k in range(1, n + 1):
            ways[k] = sum(ways[k - t] for t in (1, 2, 3) if k - t >= 0)
        return ways[n]
'''),
    dict(name="plain-recursion", correct=True, time="slow",
         note="Plain recursion recomputes the same lengths over and over: about 1.84^n calls.",
         code='''\
class Solution:
    def tilings(self, n):
        if n < 0:
            return 0
        if n == 0:
            return 1
        return self.tilings(n - 1) + self.tilings(n - 2) + self.tilings(n - 3)
'''),
    dict(name="empty-strip-zero", correct=False,
         note="Wrong: starts the table at 0 for the empty strip, which has exactly one tiling (place nothing).",
         code='''\
class Solution:
    def tilings(self, n):
        ways = [0, 1, 2, 4]
        for k in range(4, n + 1):
            ways.append(ways[-1] + ways[-2] + ways[-3])
        return ways[n]
'''),
]
