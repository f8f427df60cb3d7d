PROBLEM = dict(
    problem_id="coin-change-ways",
    title="Coin Change: Counting Ways",
    io="call",
    entry_point="countWays",
    difficulty="medium",
    tags=["array", "dynamic-programming"],
    split="train",
    statement="""\
You have an unlimited supply of coins of each denomination in `coins` (all distinct positive integers). Return
the number of different ways to pay exactly `amount`. Two ways are different when some denomination is used a
different number of times; the order in which coins are paid does not matter. As the count can be huge, return
it modulo `10^9 + 7`. Paying `0` can be done in exactly one way (no coins).

**Example.** `coins = [2, 3, 5]`, `amount = 10` gives `4`: `5+5`, `5+3+2`, `3+3+2+2` and `2+2+2+2+2`.

**Constraints.** `1 <= len(coins) <= 40`, `1 <= coins[i] <= 500`, the coins are distinct,
`0 <= amount <= 4500`.
""",
    starter_code="class Solution:\n    def countWays(self, coins: List[int], amount: int) -> int:\n",
)

EDGE_INPUTS = [
    [[2, 3, 5], 10],
    [[7], 0],
    [[4], 6],
    [[1], 9],
    [[5, 2], 3],
    [[1, 2], 4],
    [[3, 7, 11, 20], 100],
    [[1, 2, 5, 10, 20, 50, 100, 200], 500],
]


def perf_inputs(rng):
    tests = []
    for amount in (4500, 4000):
        coins = rng.sample(range(10, 501), 40)
        tests.append([coins, amount])
    return tests


SOLUTIONS = [
    dict(name="one-row-dp", correct=True, time="fast", memory="lean", reference=True,
         note="O(len(coins) * amount) time, O(amount) memory: coins in the outer loop, one row updated in place.",
         code='''\
class Solution:
    def countWays(self, coins, amount):
        MOD = 10**9 + 7
        ways = [1] + [0] * amount
        for c in coins:
            for a in range(c, amount + 1):
                ways[a] = (ways[a] + ways[a - c]) % MOD
        return ways[amount]
'''),
    dict(name="residue-accumulate", correct=True, time="medium", memory="lean",
         note="O(len(coins) * amount) with C-level loops: adding a coin c is a prefix sum along each residue class mod c.",
         code='''\
from itertools import accumulate

class Solution:
    def countWays(self, coins, amount):
        MOD = 10**9 + 7
        ways = [1] + [0] * amount
        for c in coins:
            for r in range(min(c, amount + 1)):
                ways[r::c] = [x % MOD for x in accumulate(ways[r::c])]
        return ways[amount]
'''),
    dict(name="two-d-table", correct=True, time="medium", memory="hungry",
         note="O(len(coins) * amount) time and memory: table[i][a] = ways using the first i coins.",
         code='''\
class Solution:
    def countWays(self, coins, amount):
        MOD = 10**9 + 7
        n = len(coins)
        table = [[0] * (amount + 1) for _ in range(n + 1)]
        table[0][0] = 1
        for i in range(1, n + 1):
            c = coins[i - 1]
            row, above = table[i], table[i - 1]
            for a in range(amount + 1):
                row[a] = above[a]
                if a >= c:
                    row[a] = (row[a] + row[a - c]) % MOD
        return table[n][amount]
'''),
    dict(name="count-each-coin", correct=True, time="medium", memory="lean",
         note="O(len(coins) * amount^2 / c) time: for every amount, sums over how many copies of the coin are used.",
         code='''\
class Solution:
    def countWays(self, coins, amount):
        MOD = 10**9 + 7
        prev = [1] + [0] * amount
        for c in coins:
            cur = [0] * (amount + 1)
            for a in range(amount + 1):
                total = 0
                k = a
                while k >= 0:
                    total += prev[k]
                    k -= c
                cur[a] = total % MOD
            prev = cur
        return prev[amount]
'''),
    dict(name="memo-recursion", correct=True, time="slow", memory="hungry",
         note="O(len(coins) * amount^2 / c) time: memoised (coin index, remaining) states, each looping over copies.",
         code='''\
from functools import lru_cache

class Solution:
    def countWays(self, coins, amount):
        MOD = 10**9 + 7
        n = len(coins)

        @lru_cache(maxsize=None)
        def ways(i, rest):
            if rest == 0:
                return 1
            if i == n:
                return 0
            total = 0
            for used in range(rest // coins[i] + 1):
                total += ways(i + 1, rest - used * coins[i])
            return total % MOD

        return ways(0, amount)
'''),
    dict(name="mod-at-end", correct=True, time="fast", memory="medium",
         note="O(len(coins) * amount) big-integer additions; the modulo is taken only once at the end.",
         code='''\
class Solution:
    def countWays(self, coins, amount):
        ways = [0] * (amount + 1)
        ways[0] = 1
        for coin in sorted(coins):
            for total in range(coin, amount + 1):
                ways[total] += ways[total - coin]
        return ways[amount] % (10**9 + 7)
'''),
    dict(name="amount-outer-loop", correct=False,
         note="Wrong: loops over amounts outside and coins inside, so it counts ordered sequences (2+3 and 3+2 twice).",
         code='''\
class Solution:
    def countWays(self, coins, amount):
        MOD = 10**9 + 7
        ways = [1] + [0] * amount
        for a in range(1, amount + 1):
            for c in coins:
                if c <= a:
                    ways[a] = (ways[a] + ways[a - c]) % MOD
        return ways[amount]
'''),
]
