PROBLEM = dict(
    problem_id="steps-until-state-repeats",
    title="Steps Until a State Repeats",
    io="call",
    entry_point="stepsUntilRepeat",
    difficulty="easy",
    tags=["array", "simulation", "hash-set"],
    pattern="list-membership",
    split="train",
    statement="""\
A machine in state `s` moves to state `nxt[s]`. Starting in state `start`, return how many different states it
is in before it reaches a state it has been in before.

**Example.** `nxt = [1, 2, 0, 0]`, `start = 3` gives `4`: 3, 0, 1, 2, then 0 again.

**Constraints.** `1 <= len(nxt) <= 4000`, `0 <= nxt[i], start < len(nxt)`.
""",
    starter_code="class Solution:\n    def stepsUntilRepeat(self, nxt: List[int], start: int) -> int:\n",
)

EDGE_INPUTS = [
    [[1, 2, 0, 0], 3],
    [[0], 0],
    [[1, 0], 0],
    [[1, 1], 0],
    [[2, 0, 1], 1],
    [[0, 0, 1, 2], 3],
]


def perf_inputs(rng):
    n = 3000
    order = list(range(n))
    rng.shuffle(order)
    nxt = [0] * n
    for i in range(n):
        nxt[order[i]] = order[(i + 1) % n]      # one big cycle through every state
    return [[nxt, order[0]]]


SOLUTIONS = [
    dict(name="seen-set", correct=True, time="fast", reference=True,
         note="Remember visited states in a set: O(1) average per step, O(n) steps at most.",
         code='''\
class Solution:
    def stepsUntilRepeat(self, nxt, start):
        seen = set()
        s = start
        while s not in seen:
            seen.add(s)
            s = nxt[s]
        return len(seen)
'''),
    dict(name="path-list", correct=True, time="slow",
         note="`s not in path` scans the path so far at every step: O(n^2) on a long cycle.",
         code='''\
class Solution:
    def stepsUntilRepeat(self, nxt, start):
        path = []
        s = start
        while s not in path:
            path.append(s)
            s = nxt[s]
        return len(path)
'''),
    dict(name="start-not-recorded", correct=False,
         note="Wrong: the start state is never recorded, so a path whose start is not on the cycle is one short.",
         code='''\
class Solution:
    def stepsUntilRepeat(self, nxt, start):
        seen = set()
        s = nxt[start]
        while s not in seen:
            seen.add(s)
            s = nxt[s]
        return len(seen)
'''),
    dict(name="visited-flags", correct=True, time="fast",
         note="States are 0..n-1, so a boolean list marks visits: O(n), no hashing.",
         code='''\
class Solution:
    def stepsUntilRepeat(self, nxt, start):
        visited = [False] * len(nxt)
        s, count = start, 0
        while not visited[s]:
            visited[s] = True
            count += 1
            s = nxt[s]
        return count
'''),
]
