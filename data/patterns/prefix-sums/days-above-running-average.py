PROBLEM = dict(
    problem_id="days-above-running-average",
    title="Days Above the Running Average",
    io="call",
    entry_point="aboveAverage",
    difficulty="easy",
    tags=["array", "prefix-sum"],
    pattern="prefix-sums",
    split="train",
    statement="""\
Count the days `i >= 1` on which `sales[i]` is strictly greater than the average of all earlier days
`sales[0], ..., sales[i-1]`.

**Example.** `sales = [4, 6, 5, 5, 9]` gives `2`: 6 > 4 and 9 > 5 count; 5 against an average of 5 does not.

**Constraints.** `0 <= len(sales) <= 5000`, `0 <= sales[i] <= 10^6`.
""",
    starter_code="class Solution:\n    def aboveAverage(self, sales: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[4, 6, 5, 5, 9]],
    [[]],
    [[7]],
    [[3, 3, 3]],
    [[1, 2, 3]],
    [[9, 0, 5]],
]


def perf_inputs(rng):
    return [[[rng.randint(0, 10**6) for _ in range(3600)]]]


SOLUTIONS = [
    dict(name="running-total", correct=True, time="fast", reference=True,
         note="Keep the total of earlier days as you go; compare sales[i] * i with it in integers: O(n).",
         code='''\
class Solution:
    def aboveAverage(self, sales):
        count, total = 0, 0
        for i, x in enumerate(sales):
            if i > 0 and x * i > total:
                count += 1
            total += x
        return count
'''),
    dict(name="resum-earlier", correct=True, time="slow",
         note="`sum(sales[:i])` re-adds every earlier day for each day: O(n^2).",
         code='''\
class Solution:
    def aboveAverage(self, sales):
        count = 0
        for i in range(1, len(sales)):
            if sales[i] * i > sum(sales[:i]):
                count += 1
        return count
'''),
    dict(name="counts-ties", correct=False,
         note="Wrong: >= also counts days exactly equal to the running average.",
         code='''\
class Solution:
    def aboveAverage(self, sales):
        count, total = 0, 0
        for i, x in enumerate(sales):
            if i > 0 and x * i >= total:
                count += 1
            total += x
        return count
'''),
    dict(name="accumulate", correct=True, time="fast",
         note="Pair each day with the prefix total before it (itertools.accumulate): O(n).",
         code='''\
from itertools import accumulate

class Solution:
    def aboveAverage(self, sales):
        before = accumulate(sales, initial=0)
        return sum(1 for i, (x, t) in enumerate(zip(sales, before)) if i > 0 and x * i > t)
'''),
]
