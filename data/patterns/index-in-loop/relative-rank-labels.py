PROBLEM = dict(
    problem_id="relative-rank-labels",
    title="Place of Every Runner",
    io="call",
    entry_point="places",
    difficulty="easy",
    tags=["array", "sorting", "hash-table"],
    pattern="index-in-loop",
    split="test",
    statement="""\
`times[i]` is runner `i`'s finishing time; all times differ. Return each runner's place: 1 for the fastest
(smallest time), 2 for the next, and so on, in the runners' original order.

**Example.** `times = [31, 12, 58, 20]` gives `[3, 1, 4, 2]`.

**Constraints.** `0 <= len(times) <= 3000`, `1 <= times[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def places(self, times: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[31, 12, 58, 20]],
    [[]],
    [[9]],
    [[2, 1]],
    [[1, 2, 3]],
    [[50, 40, 30, 20, 10]],
]


def perf_inputs(rng):
    return [[rng.sample(range(1, 10**9), 3000)]]


SOLUTIONS = [
    dict(name="place-dict", correct=True, time="fast", reference=True,
         note="Sort once and store each time's place in a dict; every runner is then one O(1) lookup: O(n log n).",
         code='''\
class Solution:
    def places(self, times):
        place = {t: i + 1 for i, t in enumerate(sorted(times))}
        return [place[t] for t in times]
'''),
    dict(name="index-in-sorted", correct=True, time="slow",
         note="ordered.index(t) searches the sorted list from the start for every runner: O(n^2).",
         code='''\
class Solution:
    def places(self, times):
        ordered = sorted(times)
        result = []
        for t in times:
            result.append(ordered.index(t) + 1)
        return result
'''),
    dict(name="argsort-scatter", correct=True, time="fast",
         note="Sort the runner indices by time and write place k + 1 at the k-th of them: O(n log n).",
         code='''\
class Solution:
    def places(self, times):
        result = [0] * len(times)
        for k, i in enumerate(sorted(range(len(times)), key=lambda i: times[i])):
            result[i] = k + 1
        return result
'''),
    dict(name="slowest-first", correct=False,
         note="Wrong: sorting in descending order gives place 1 to the slowest runner.",
         code='''\
class Solution:
    def places(self, times):
        place = {t: i + 1 for i, t in enumerate(sorted(times, reverse=True))}
        return [place[t] for t in times]
'''),
]
