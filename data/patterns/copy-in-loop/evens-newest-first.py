PROBLEM = dict(
    problem_id="evens-newest-first",
    title="Even Readings, Newest First",
    io="call",
    entry_point="evensNewestFirst",
    difficulty="easy",
    tags=["array"],
    pattern="copy-in-loop",
    split="train",
    statement="""\
`log` lists readings from oldest to newest. Return the even readings only, newest first.

**Example.** `log = [4, 7, 10, 3, 6]` gives `[6, 10, 4]`.

**Constraints.** `0 <= len(log) <= 2 * 10^4`, `-10^9 <= log[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def evensNewestFirst(self, log: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[4, 7, 10, 3, 6]],
    [[]],
    [[1, 3]],
    [[2]],
    [[-2, -3, 0]],
    [[5, 8, 8, 1]],
]


def perf_inputs(rng):
    return [[[rng.randint(-10**9, 10**9) for _ in range(14000)]]]


SOLUTIONS = [
    dict(name="append-then-reverse", correct=True, time="fast", reference=True,
         note="Append the evens in order and reverse once at the end: O(n).",
         code='''\
class Solution:
    def evensNewestFirst(self, log):
        out = [x for x in log if x % 2 == 0]
        out.reverse()
        return out
'''),
    dict(name="prepend-each", correct=True, time="slow",
         note="out = [x] + out copies the whole list built so far to put one value in front: O(n^2).",
         code='''\
class Solution:
    def evensNewestFirst(self, log):
        out = []
        for x in log:
            if x % 2 == 0:
                out = [x] + out
        return out
'''),
    dict(name="walk-backwards", correct=True, time="fast",
         note="Walking the log from the newest end appends in the wanted order directly: O(n).",
         code='''\
class Solution:
    def evensNewestFirst(self, log):
        out = []
        for i in range(len(log) - 1, -1, -1):
            if log[i] % 2 == 0:
                out.append(log[i])
        return out
'''),
    dict(name="even-positions", correct=False,
         note="Wrong: keeps the readings at even positions instead of the readings with even values.",
         code='''\
class Solution:
    def evensNewestFirst(self, log):
        return log[::2][::-1]
'''),
]
