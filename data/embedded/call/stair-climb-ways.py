PROBLEM = dict(
    problem_id="stair-climb-ways",
    title="Ways to Climb a Staircase",
    io="call",
    entry_point="climbWays",
    difficulty="easy",
    tags=["dynamic-programming", "math", "recursion"],
    split="train",
    statement="""\
A staircase has `n` steps. From the floor you climb to the top by moves that each go up exactly 1, 2 or 3 steps.
Two ways are different when their sequences of moves differ (so `1 then 2` and `2 then 1` are two ways). Return
the number of ways to reach exactly step `n`, modulo `10^9 + 7`. For `n = 0` there is one way: make no move.

**Example.** `n = 4` gives `7`: `1+1+1+1`, `1+1+2`, `1+2+1`, `2+1+1`, `2+2`, `1+3` and `3+1`.

**Constraints.** `0 <= n <= 10^5`.
""",
    starter_code="class Solution:\n    def climbWays(self, n: int) -> int:\n",
)

EDGE_INPUTS = [
    [4],
    [0],
    [1],
    [2],
    [3],
    [10],
    [60],
]


def perf_inputs(rng):
    return [[100_000], [rng.randint(85_000, 95_000)], [rng.randint(70_000, 80_000)]]


SOLUTIONS = [
    dict(name="three-rolling-values", correct=True, time="fast", memory="lean", reference=True,
         note="O(n) time, O(1) memory: only the last three counts are kept, reduced modulo at every step.",
         code='''\
class Solution:
    def climbWays(self, n):
        MOD = 10**9 + 7
        a, b, c = 0, 0, 1          # ways(-2), ways(-1), ways(0)
        for _ in range(n):
            a, b, c = b, c, (a + b + c) % MOD
        return c
'''),
    dict(name="table-dp", correct=True, time="fast", memory="hungry",
         note="O(n) time, O(n) memory: a full table; two leading zeros stand for the heights -2 and -1.",
         code='''\
class Solution:
    def climbWays(self, n):
        MOD = 1_000_000_007
        ways = [0, 0, 1] + [0] * n
        for i in range(3, n + 3):
            ways[i] = (ways[i - 1] + ways[i - 2] + ways[i - 3]) % MOD
        return ways[n + 2]
'''),
    dict(name="matrix-power", correct=True, time="fast", memory="lean",
         note="O(log n) time: raise the 3x3 step matrix to the n-th power by repeated squaring.",
         code='''\
class Solution:
    def climbWays(self, n):
        MOD = 10**9 + 7

        def mul(A, B):
            return [[sum(A[i][k] * B[k][j] for k in range(3)) % MOD for j in range(3)] for i in range(3)]

        result = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
        step = [[1, 1, 1], [1, 0, 0], [0, 1, 0]]
        while n:
            if n & 1:
                result = mul(result, step)
            step = mul(step, step)
            n >>= 1
        return result[0][0]
'''),
    dict(name="memo-recursion", correct=True, time="medium", memory="hungry",
         note="O(n) time, O(n) memory: top-down recursion with a memo dict, n frames deep.",
         code='''\
import sys

class Solution:
    def climbWays(self, n):
        sys.setrecursionlimit(max(sys.getrecursionlimit(), n + 1000))
        MOD = 10**9 + 7
        memo = {0: 1}

        def ways(k):
            if k < 0:
                return 0
            if k not in memo:
                memo[k] = (ways(k - 1) + ways(k - 2) + ways(k - 3)) % MOD
            return memo[k]

        return ways(n)
'''),
    dict(name="window-sum-table", correct=True, time="medium", memory="hungry",
         note="O(n) time, O(n) memory: each entry is sum() over a slice of the previous three entries.",
         code='''\
class Solution:
    def climbWays(self, n):
        MOD = 10**9 + 7
        dp = [1]
        for i in range(1, n + 1):
            dp.append(sum(dp[max(0, i - 3):i]) % MOD)
        return dp[n]
'''),
    dict(name="exact-big-ints", correct=True, time="slow", memory="lean",
         note="O(n^2) bit operations: the counts are kept exact (they grow to about 0.88 n bits) and reduced "
              "modulo only once at the end.",
         code='''\
class Solution:
    def climbWays(self, n):
        a, b, c = 0, 0, 1
        for _ in range(n):
            a, b, c = b, c, a + b + c
        return c % (10**9 + 7)
'''),
    dict(name="wrong-base-three", correct=False,
         note="Wrong: seeds the table with ways(3) = 3, forgetting the single 3-step move, so every n >= 3 is "
              "off.",
         code='''\
class Solution:
    def climbWays(self, n):
        MOD = 10**9 + 7
        if n < 3:
            return [1, 1, 2][n]
        a, b, c = 1, 2, 3          # ways(1), ways(2), ways(3)
        for _ in range(n - 3):
            a, b, c = b, c, (a + b + c) % MOD
        return c
'''),
]
