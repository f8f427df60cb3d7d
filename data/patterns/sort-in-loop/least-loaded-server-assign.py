PROBLEM = dict(
    problem_id="least-loaded-server-assign",
    title="Send Each Job to the Least Busy Server",
    io="call",
    entry_point="assign",
    difficulty="easy",
    tags=["heap", "simulation"],
    pattern="sort-in-loop",
    split="train",
    statement="""\
There are `servers` servers, all with load 0. Jobs arrive in order; job `j` goes to the server with the
smallest current load (the lowest index on ties) and adds `jobs[j]` to its load. Return the server of each job.

**Example.** `servers = 2`, `jobs = [5, 3, 1, 4]` gives `[0, 1, 1, 1]` (loads 5/0, 5/3, 5/4, then 5/8).

**Constraints.** `1 <= servers <= 2000`, `0 <= len(jobs) <= 5000`, `1 <= jobs[j] <= 10^6`.
""",
    starter_code="class Solution:\n    def assign(self, servers: int, jobs: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [[2, [5, 3, 1, 4]], [3, []], [1, [4, 4]], [3, [1, 1, 1, 1]], [2, [2, 1, 1]], [4, [9]]]


def perf_inputs(rng):
    return [[1200, [rng.randint(1, 10**6) for _ in range(1800)]]]


SOLUTIONS = [
    dict(name="load-heap", correct=True, time="fast", reference=True,
         note="A heap of (load, index) pairs yields the least busy server, lowest index on ties, in O(log servers).",
         code='''\
import heapq

class Solution:
    def assign(self, servers, jobs):
        heap = [(0, i) for i in range(servers)]
        out = []
        for job in jobs:
            load, i = heap[0]
            out.append(i)
            heapq.heapreplace(heap, (load + job, i))
        return out
'''),
    dict(name="heap-pop-push", correct=True, time="fast",
         note="The same (load, index) heap with a pop and a push per job: O(jobs * log servers).",
         code='''\
import heapq

class Solution:
    def assign(self, servers, jobs):
        heap = [(0, i) for i in range(servers)]
        out = []
        for job in jobs:
            load, i = heapq.heappop(heap)
            out.append(i)
            heapq.heappush(heap, (load + job, i))
        return out
'''),
    dict(name="scan-loads-each-job", correct=True, time="slow",
         note="Finds the least loaded server with min() and index() over all loads for each job: O(jobs * servers).",
         code='''\
class Solution:
    def assign(self, servers, jobs):
        loads = [0] * servers
        out = []
        for job in jobs:
            i = loads.index(min(loads))
            out.append(i)
            loads[i] += job
        return out
'''),
    dict(name="round-robin", correct=False,
         note="Wrong: hands jobs to the servers in turn, ignoring how loaded each one is.",
         code='''\
class Solution:
    def assign(self, servers, jobs):
        return [j % servers for j in range(len(jobs))]
'''),
]
