PROBLEM = dict(
    problem_id="dice-total-ways",
    title="Ways for Dice to Show a Total",
    io="call",
    entry_point="rollWays",
    difficulty="easy",
    tags=["dynamic-programming", "math", "recursion"],
    pattern="memoization",
    split="train",
    statement="""\
You roll `dice` distinct dice, each showing a number from 1 to `faces`. Return how many of the `faces ** dice`
outcomes have numbers adding up to exactly `total`.

**Example.** `dice = 2`, `faces = 6`, `total = 7` gives `6`.

**Constraints.** `0 <= dice <= 20`, `1 <= faces <= 12`, `0 <= total <= 240`.
""",
    starter_code="class Solution:\n    def rollWays(self, dice: int, faces: int, total: int) -> int:\n",
)

EDGE_INPUTS = [[2, 6, 7], [0, 6, 0], [0, 6, 3], [1, 6, 6], [1, 6, 7], [3, 2, 4], [2, 1, 2]]


def perf_inputs(rng):
    return [[7, 6, 24], [9, 4, 22]]


SOLUTIONS = [
    dict(name="memo-dice-left", correct=True, time="fast", reference=True,
         note="The count depends only on (dice left, total left), which repeat often; caching makes it O(dice * total * faces).",
         code='''\
from functools import lru_cache

class Solution:
    def rollWays(self, dice, faces, total):
        @lru_cache(maxsize=None)
        def ways(d, t):
            if d == 0:
                return 1 if t == 0 else 0
            return sum(ways(d - 1, t - f) for f in range(1, faces + 1) if f <= t)
        return ways(dice, total)
'''),
    dict(name="table-per-die", correct=True, time="fast",
         note="Add one die at a time to a table of counts per total: O(dice * total * faces) with no recursion.",
         code='''\
class Solution:
    def rollWays(self, dice, faces, total):
        ways = [1] + [0] * total
        for _ in range(dice):
            nxt = [0] * (total + 1)
            for t in range(total + 1):
                for f in range(1, min(faces, t) + 1):
                    nxt[t] += ways[t - f]
            ways = nxt
        return ways[total]
'''),
    dict(name="plain-recursion", correct=True, time="slow",
         note="Trying each face of each die without a cache visits up to faces^dice outcomes one by one.",
         code='''\
class Solution:
    def rollWays(self, dice, faces, total):
        if dice == 0:
            return 1 if total == 0 else 0
        count = 0
        for f in range(1, faces + 1):
            if f <= total:
                count += self.rollWays(dice - 1, faces, total - f)
        return count
'''),
    dict(name="faces-from-zero", correct=False,
         note="Wrong: lets a die show 0 to faces - 1 instead of 1 to faces.",
         code='''\
class Solution:
    def rollWays(self, dice, faces, total):
        ways = [1] + [0] * total
        for _ in range(dice):
            nxt = [0] * (total + 1)
            for t in range(total + 1):
                for f in range(0, min(faces - 1, t) + 1):
                    nxt[t] += ways[t - f]
            ways = nxt
        return ways[total]
'''),
]
