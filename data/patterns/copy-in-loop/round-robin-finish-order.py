PROBLEM = dict(
    problem_id="round-robin-finish-order",
    title="Order in Which Round-Robin Jobs Finish",
    io="call",
    entry_point="finishOrder",
    difficulty="easy",
    tags=["array", "queue", "simulation"],
    pattern="copy-in-loop",
    split="test",
    statement="""\
Job `i` needs `turns[i]` turns. The jobs wait in a queue in index order; each time, the front job gets one turn,
then leaves if it is done or goes to the back of the queue. Return the job indices in the order they finish.

**Example.** `turns = [2, 1, 3]` gives `[1, 0, 2]`.

**Constraints.** `0 <= len(turns) <= 3000`, `1 <= turns[i] <= 10`.
""",
    starter_code="class Solution:\n    def finishOrder(self, turns: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[2, 1, 3]],
    [[]],
    [[4]],
    [[1, 1, 1]],
    [[3, 3]],
    [[1, 3, 2, 1]],
]


def perf_inputs(rng):
    return [[[rng.randint(1, 6) for _ in range(2000)]]]


SOLUTIONS = [
    dict(name="deque-rotate", correct=True, time="fast", reference=True,
         note="A deque pops from the front and appends at the back in O(1): O(total turns).",
         code='''\
from collections import deque

class Solution:
    def finishOrder(self, turns):
        left = list(turns)
        queue = deque(range(len(turns)))
        done = []
        while queue:
            i = queue.popleft()
            left[i] -= 1
            if left[i] == 0:
                done.append(i)
            else:
                queue.append(i)
        return done
'''),
    dict(name="slice-queue", correct=True, time="slow",
         note="queue = queue[1:] + [i] copies the whole queue on every turn: O(total turns * n).",
         code='''\
class Solution:
    def finishOrder(self, turns):
        left = list(turns)
        queue = list(range(len(turns)))
        done = []
        while queue:
            i = queue[0]
            queue = queue[1:]
            left[i] -= 1
            if left[i] == 0:
                done.append(i)
            else:
                queue = queue + [i]
        return done
'''),
    dict(name="sort-by-finish-turn", correct=True, time="fast",
         note="Job i finishes in round turns[i], after the earlier-indexed jobs of that round: sort by "
              "(turns[i], i) in O(n log n).",
         code='''\
class Solution:
    def finishOrder(self, turns):
        return sorted(range(len(turns)), key=lambda i: (turns[i], i))
'''),
    dict(name="by-turns-only-reversed-ties", correct=False,
         note="Wrong: breaks ties by the larger index, but within a round the queue serves smaller indices first.",
         code='''\
class Solution:
    def finishOrder(self, turns):
        return sorted(range(len(turns)), key=lambda i: (turns[i], -i))
'''),
]
