PROBLEM = dict(
    problem_id="jump-sizes-reach-ways",
    title="Ways to Reach a Square With Given Jumps",
    io="call",
    entry_point="countRoutes",
    difficulty="easy",
    tags=["dynamic-programming", "recursion"],
    pattern="memoization",
    split="train",
    statement="""\
A token starts on square 0 and moves forward by one of the jump lengths in `jumps` at each move. Count the
ordered sequences of jumps that land exactly on square `n`.

**Example.** `n = 4`, `jumps = [1, 3]` gives `3`: `1+1+1+1`, `1+3`, `3+1`.

**Constraints.** `0 <= n <= 40`, `1 <= len(jumps) <= 5`, the jump lengths are distinct, `1 <= jump <= 10`.
""",
    starter_code="class Solution:\n    def countRoutes(self, n: int, jumps: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [4, [1, 3]],
    [0, [2]],
    [1, [2]],
    [6, [2]],
    [5, [5, 1]],
    [7, [3, 4, 10]],
]


def perf_inputs(rng):
    return [[24, [1, 2]], [30, [2, 3, 5]]]


SOLUTIONS = [
    dict(name="memo-dict", correct=True, time="fast", reference=True,
         note="Each square's count depends only on the square, so a memo dict computes each one once: O(n * jumps).",
         code='''\
class Solution:
    def countRoutes(self, n, jumps):
        memo = {}
        def ways(k):
            if k == 0:
                return 1
            if k < 0:
                return 0
            if k not in memo:
                memo[k] = sum(ways(k - j) for j in jumps)
            return memo[k]
        return ways(n)
'''),
    dict(name="table", correct=True, time="fast",
         note="Bottom-up table: ways[k] sums ways[k - j] over the jumps, O(n * jumps) with no recursion.",
         code='''\
class Solution:
    def countRoutes(self, n, jumps):
        ways = [1] + [0] * n
        for k in range(1, n + 1):
            for j in jumps:
                if j <= k:
                    ways[k] += ways[k - j]
        return ways[n]
'''),
    dict(name="plain-recursion", correct=True, time="slow",
         note="Plain recursion walks every jump sequence separately, so the work grows with the answer itself.",
         code='''\
class Solution:
    def countRoutes(self, n, jumps):
        if n == 0:
            return 1
        total = 0
        for j in jumps:
            if j <= n:
                total += self.countRoutes(n - j, jumps)
        return total
'''),
    dict(name="unordered-count", correct=False,
         note="Wrong: looping jumps outside the squares counts each multiset of jumps once, not each order.",
         code='''\
class Solution:
    def countRoutes(self, n, jumps):
        ways = [1] + [0] * n
        for j in jumps:
            for k in range(j, n + 1):
                ways[k] += ways[k - j]
        return ways[n]
'''),
]
