PROBLEM = dict(
    problem_id="subset-hits-target",
    title="Can Some Weights Make the Target",
    io="call",
    entry_point="canMake",
    difficulty="easy",
    tags=["dynamic-programming", "array", "recursion"],
    pattern="memoization",
    split="test",
    statement="""\
Each weight in `weights` may be used at most once. Return `True` when some of them (possibly none) add up to
exactly `target`, else `False`.

**Example.** `weights = [4, 9, 2, 7]`, `target = 13` gives `True` (4 + 9, or 4 + 2 + 7).

**Constraints.** `0 <= len(weights) <= 30`, `1 <= weights[i] <= 50`, `0 <= target <= 1500`.
""",
    starter_code="class Solution:\n    def canMake(self, weights: List[int], target: int) -> bool:\n",
)

EDGE_INPUTS = [
    [[4, 9, 2, 7], 13],
    [[], 0],
    [[], 5],
    [[5], 5],
    [[3, 3], 6],
    [[3], 6],
    [[2, 4, 6], 5],
]


def perf_inputs(rng):
    evens = [2 * rng.randint(1, 25) for _ in range(18)]
    return [[evens, sum(evens) - 1]]


SOLUTIONS = [
    dict(name="memo-index-remaining", correct=True, time="fast", reference=True,
         note="The answer depends only on (index, amount left); small weights make those pairs repeat, so a cache makes it O(n * target).",
         code='''\
from functools import lru_cache

class Solution:
    def canMake(self, weights, target):
        @lru_cache(maxsize=None)
        def can(i, left):
            if left == 0:
                return True
            if i == len(weights) or left < 0:
                return False
            return can(i + 1, left - weights[i]) or can(i + 1, left)
        return can(0, target)
'''),
    dict(name="reachable-set", correct=True, time="fast",
         note="Grow the set of reachable sums one weight at a time, capped at target: O(n * target).",
         code='''\
class Solution:
    def canMake(self, weights, target):
        reach = {0}
        for w in weights:
            reach |= {s + w for s in reach if s + w <= target}
        return target in reach
'''),
    dict(name="plain-recursion", correct=True, time="slow",
         note="Take-or-skip recursion without a cache tries all 2^n subsets when the target cannot be made.",
         code='''\
class Solution:
    def canMake(self, weights, target):
        def can(i, left):
            if left == 0:
                return True
            if i == len(weights) or left < 0:
                return False
            return can(i + 1, left - weights[i]) or can(i + 1, left)
        return can(0, target)
'''),
    dict(name="reuses-weights", correct=False,
         note="Wrong: the forward table lets one weight be used many times, so 6 looks reachable from a single 3.",
         code='''\
class Solution:
    def canMake(self, weights, target):
        ok = [True] + [False] * target
        for w in weights:
            for s in range(w, target + 1):
                if ok[s - w]:
                    ok[s] = True
        return ok[target]
'''),
]
