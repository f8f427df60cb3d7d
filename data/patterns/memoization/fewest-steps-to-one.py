PROBLEM = dict(
    problem_id="fewest-steps-to-one",
    title="Fewest Steps Down to One",
    io="call",
    entry_point="minSteps",
    difficulty="easy",
    tags=["dynamic-programming", "math", "recursion"],
    pattern="memoization",
    split="train",
    statement="""\
In one step a positive integer `x` becomes `x - 1`, or `x // 2` when `x` is even, or `x // 3` when `x` is a
multiple of 3. Return the fewest steps that take `n` to 1.

**Example.** `n = 10` gives `3`: 10 -> 9 -> 3 -> 1.

**Constraints.** `1 <= n <= 500`.
""",
    starter_code="class Solution:\n    def minSteps(self, n: int) -> int:\n",
)

EDGE_INPUTS = [[10], [1], [2], [3], [4], [7], [97]]


def perf_inputs(rng):
    return [[120], [101]]


SOLUTIONS = [
    dict(name="table", correct=True, time="fast", reference=True,
         note="Fill the fewest steps for every value from 1 up to n, each from at most three smaller ones: O(n).",
         code='''\
class Solution:
    def minSteps(self, n):
        steps = [0] * (n + 1)
        for x in range(2, n + 1):
            best = steps[x - 1]
            if x % 2 == 0:
                best = min(best, steps[x // 2])
            if x % 3 == 0:
                best = min(best, steps[x // 3])
            steps[x] = best + 1
        return steps[n]
'''),
    dict(name="memo-recursion", correct=True, time="fast",
         note="The same values are reached by many step orders; a memo dict solves each value once: O(n).",
         code='''\
class Solution:
    def minSteps(self, n):
        memo = {1: 0}
        def best(x):
            if x not in memo:
                options = [best(x - 1)]
                if x % 2 == 0:
                    options.append(best(x // 2))
                if x % 3 == 0:
                    options.append(best(x // 3))
                memo[x] = 1 + min(options)
            return memo[x]
        return best(n)
'''),
    dict(name="plain-recursion", correct=True, time="slow",
         note="Without a cache every value below n is re-solved along each path that reaches it: exponential calls.",
         code='''\
class Solution:
    def minSteps(self, n):
        if n == 1:
            return 0
        options = [self.minSteps(n - 1)]
        if n % 2 == 0:
            options.append(self.minSteps(n // 2))
        if n % 3 == 0:
            options.append(self.minSteps(n // 3))
        return 1 + min(options)
'''),
    dict(name="greedy-divide", correct=False,
         note="Wrong: greedily divides whenever it can, but 10 -> 5 -> 4 -> 2 -> 1 loses to 10 -> 9 -> 3 -> 1.",
         code='''\
class Solution:
    def minSteps(self, n):
        steps = 0
        while n > 1:
            if n % 3 == 0:
                n //= 3
            elif n % 2 == 0:
                n //= 2
            else:
                n -= 1
            steps += 1
        return steps
'''),
]
