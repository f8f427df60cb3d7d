PROBLEM = dict(
    problem_id="second-largest-so-far",
    title="Runner-Up Value After Each Step",
    io="call",
    entry_point="runnerUps",
    difficulty="easy",
    tags=["array"],
    pattern="sort-in-loop",
    split="train",
    statement="""\
After each entry of `values` arrives, report the second largest *distinct* value seen so far, or `-1` while
fewer than two distinct values have arrived.

**Example.** `values = [4, 4, 2, 9, 7]` gives `[-1, -1, 2, 4, 7]`.

**Constraints.** `0 <= len(values) <= 5000`, `0 <= values[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def runnerUps(self, values: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [[[4, 4, 2, 9, 7]], [[]], [[3]], [[3, 3, 3]], [[1, 2]], [[5, 1, 5, 3]]]


def perf_inputs(rng):
    return [[[rng.randint(0, 10**9) for _ in range(850)]]]


SOLUTIONS = [
    dict(name="two-running-values", correct=True, time="fast", reference=True,
         note="Keep the largest and the second largest distinct values in two variables, updated per entry: O(n).",
         code='''\
class Solution:
    def runnerUps(self, values):
        first = second = -1
        out = []
        for v in values:
            if v > first:
                first, second = v, first
            elif first > v > second:
                second = v
            out.append(second)
        return out
'''),
    dict(name="top-two-set", correct=True, time="fast",
         note="Keep a set of at most two distinct values, dropping the smallest when a third arrives: O(1) per entry.",
         code='''\
class Solution:
    def runnerUps(self, values):
        top, out = set(), []
        for v in values:
            top.add(v)
            if len(top) > 2:
                top.remove(min(top))
            out.append(min(top) if len(top) == 2 else -1)
        return out
'''),
    dict(name="sort-distinct-each-time", correct=True, time="slow",
         note="Sorts the set of all values seen after every entry: O(n^2 log n) where two running values suffice.",
         code='''\
class Solution:
    def runnerUps(self, values):
        seen, out = set(), []
        for v in values:
            seen.add(v)
            ranked = sorted(seen, reverse=True)
            out.append(ranked[1] if len(ranked) >= 2 else -1)
        return out
'''),
    dict(name="repeat-counts-as-second", correct=False,
         note="Wrong: a repeat of the largest value moves the old largest into second place, so [4, 4] reports 4.",
         code='''\
class Solution:
    def runnerUps(self, values):
        first = second = -1
        out = []
        for v in values:
            if v >= first:
                first, second = v, first
            elif v > second:
                second = v
            out.append(second)
        return out
'''),
]
