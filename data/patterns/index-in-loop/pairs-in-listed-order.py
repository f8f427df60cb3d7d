PROBLEM = dict(
    problem_id="pairs-in-listed-order",
    title="Pairs That Appear in the Listed Order",
    io="call",
    entry_point="inOrder",
    difficulty="easy",
    tags=["array", "hash-table"],
    pattern="index-in-loop",
    split="train",
    statement="""\
`queue` is a list of distinct ticket numbers. Each entry `[x, y]` of `pairs` names two tickets of the queue.
Count the pairs in which `x` stands before `y` in the queue.

**Example.** `queue = [30, 10, 20]`, `pairs = [[30, 20], [20, 10], [10, 20]]` gives `2`.

**Constraints.** `0 <= len(queue), len(pairs) <= 3000`, `0 <= ticket <= 10^9`.
""",
    starter_code="class Solution:\n    def inOrder(self, queue: List[int], pairs: List[List[int]]) -> int:\n",
)

EDGE_INPUTS = [
    [[30, 10, 20], [[30, 20], [20, 10], [10, 20]]],
    [[1], []],
    [[1], [[1, 1]]],
    [[1, 2], [[1, 2], [2, 1]]],
    [[5, 4, 3, 2, 1], [[1, 5], [2, 4], [5, 1]]],
    [[9, 8], [[9, 8], [9, 8]]],
]


def perf_inputs(rng):
    queue = rng.sample(range(10**9), 2500)
    pairs = [[rng.choice(queue), rng.choice(queue)] for _ in range(1300)]
    return [[queue, pairs]]


SOLUTIONS = [
    dict(name="position-dict", correct=True, time="fast", reference=True,
         note="A dict from ticket to its place in the queue, built once, compares each pair in O(1).",
         code='''\
class Solution:
    def inOrder(self, queue, pairs):
        place = {t: i for i, t in enumerate(queue)}
        return sum(1 for x, y in pairs if place[x] < place[y])
'''),
    dict(name="index-both", correct=True, time="slow",
         note="queue.index(x) and queue.index(y) scan the queue twice for every pair: O(n * pairs).",
         code='''\
class Solution:
    def inOrder(self, queue, pairs):
        count = 0
        for x, y in pairs:
            if queue.index(x) < queue.index(y):
                count += 1
        return count
'''),
    dict(name="place-list-loop", correct=True, time="fast",
         note="The same positions, stored with an explicit loop: O(n + pairs).",
         code='''\
class Solution:
    def inOrder(self, queue, pairs):
        place = {}
        for i in range(len(queue)):
            place[queue[i]] = i
        count = 0
        for x, y in pairs:
            if place[x] < place[y]:
                count += 1
        return count
'''),
    dict(name="counts-same-ticket", correct=False,
         note="Wrong: <= counts a pair naming the same ticket twice as being in order.",
         code='''\
class Solution:
    def inOrder(self, queue, pairs):
        place = {t: i for i, t in enumerate(queue)}
        return sum(1 for x, y in pairs if place[x] <= place[y])
'''),
]
