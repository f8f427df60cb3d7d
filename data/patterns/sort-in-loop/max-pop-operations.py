PROBLEM = dict(
    problem_id="max-pop-operations",
    title="Take the Biggest Bid",
    io="call",
    entry_point="runAuction",
    difficulty="easy",
    tags=["heap", "simulation", "string"],
    pattern="sort-in-loop",
    split="train",
    statement="""\
Each operation is either `"bid X"` (add a bid of value X) or `"take"` (remove the highest bid and record its
value, or record `-1` when there is no bid). Return the recorded values in order.

**Example.** `ops = ["bid 5", "bid 9", "take", "bid 7", "take", "take", "take"]` gives `[9, 7, 5, -1]`.

**Constraints.** `0 <= len(ops) <= 5000`, `0 <= X <= 10^9`.
""",
    starter_code="class Solution:\n    def runAuction(self, ops: List[str]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [["bid 5", "bid 9", "take", "bid 7", "take", "take", "take"]],
    [[]],
    [["take"]],
    [["bid 3", "bid 3", "take", "take"]],
    [["bid 0", "take"]],
    [["bid 9", "bid 10", "take"]],
    [["bid 1", "bid 2", "bid 3"]],
]


def perf_inputs(rng):
    ops = [f"bid {rng.randint(0, 10**9)}" for _ in range(2000)]
    ops += [rng.choice(["take", f"bid {rng.randint(0, 10**9)}"]) for _ in range(2000)]
    return [[ops]]


SOLUTIONS = [
    dict(name="max-heap", correct=True, time="fast", reference=True,
         note="A max-heap (negated bids) adds and removes the highest bid in O(log n) per operation.",
         code='''\
import heapq

class Solution:
    def runAuction(self, ops):
        heap, out = [], []
        for op in ops:
            if op == "take":
                out.append(-heapq.heappop(heap) if heap else -1)
            else:
                heapq.heappush(heap, -int(op.split()[1]))
        return out
'''),
    dict(name="heap-of-bids", correct=True, time="fast",
         note="The same heap, parsing the bid with a slice: O(log n) per operation instead of a scan.",
         code='''\
from heapq import heappush, heappop

class Solution:
    def runAuction(self, ops):
        bids, out = [], []
        for op in ops:
            if op.startswith("bid"):
                heappush(bids, -int(op[4:]))
            elif bids:
                out.append(-heappop(bids))
            else:
                out.append(-1)
        return out
'''),
    dict(name="max-and-remove", correct=True, time="slow",
         note="Scans the list of bids with max() and remove() at every take: O(n) per take, O(n^2) in all.",
         code='''\
class Solution:
    def runAuction(self, ops):
        bids, out = [], []
        for op in ops:
            if op == "take":
                if bids:
                    best = max(bids)
                    bids.remove(best)
                    out.append(best)
                else:
                    out.append(-1)
            else:
                bids.append(int(op.split()[1]))
        return out
'''),
    dict(name="string-compare", correct=False,
         note="Wrong: compares the bids as strings, so '9' beats '10'.",
         code='''\
class Solution:
    def runAuction(self, ops):
        bids, out = [], []
        for op in ops:
            if op == "take":
                if bids:
                    best = max(bids)
                    bids.remove(best)
                    out.append(int(best))
                else:
                    out.append(-1)
            else:
                bids.append(op.split()[1])
        return out
'''),
]
