PROBLEM = dict(
    problem_id="gate-one-car-per-second",
    title="One Car Per Second",
    io="call",
    entry_point="lastExit",
    difficulty="easy",
    tags=["queue", "simulation"],
    pattern="pop-front",
    split="test",
    statement="""\
Cars reach a toll gate at the times `arrivals` (sorted, in seconds). The gate lets one car through per
second: a car that arrives at `t` to an idle gate leaves at `t + 1`, otherwise one second after the car ahead.
Return the time the last car leaves (0 if there are no cars).

**Example.** `arrivals = [0, 0, 5]` gives `6` (the cars leave at 1, 2, 6).

**Constraints.** `0 <= len(arrivals) <= 5 * 10^4`, `0 <= arrivals[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def lastExit(self, arrivals: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[0, 0, 5]],
    [[]],
    [[7]],
    [[3, 3, 3]],
    [[1, 2, 3]],
    [[0, 10, 10, 11]],
]


def perf_inputs(rng):
    t, arrivals = 0, []
    for _ in range(30000):
        t += rng.randint(0, 2)
        arrivals.append(t)
    return [[arrivals]]


SOLUTIONS = [
    dict(name="plain-loop", correct=True, time="fast", reference=True,
         note="The cars leave in arrival order, so one pass over the list is enough: O(n).",
         code='''\
class Solution:
    def lastExit(self, arrivals):
        t = 0
        for a in arrivals:
            if a > t:
                t = a
            t += 1
        return t
'''),
    dict(name="pop-queue", correct=True, time="slow",
         note="Serving the queue with `pop(0)` shifts every waiting car: O(n) per car, O(n^2) in all.",
         code='''\
class Solution:
    def lastExit(self, arrivals):
        t = 0
        while arrivals:
            a = arrivals.pop(0)
            if a > t:
                t = a
            t += 1
        return t
'''),
    dict(name="ignores-arrival", correct=False,
         note="Wrong: assumes the gate is never idle, so the answer is first arrival + number of cars.",
         code='''\
class Solution:
    def lastExit(self, arrivals):
        return arrivals[0] + len(arrivals) if arrivals else 0
'''),
    dict(name="deque", correct=True, time="fast",
         note="The same queue as a deque: popleft is O(1), O(n) in all.",
         code='''\
from collections import deque

class Solution:
    def lastExit(self, arrivals):
        q, t = deque(arrivals), 0
        while q:
            a = q.popleft()
            if a > t:
                t = a
            t += 1
        return t
'''),
]
