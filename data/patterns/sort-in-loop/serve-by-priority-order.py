PROBLEM = dict(
    problem_id="serve-by-priority-order",
    title="Order in Which Patients Are Seen",
    io="call",
    entry_point="serviceOrder",
    difficulty="easy",
    tags=["sorting", "array"],
    pattern="sort-in-loop",
    split="train",
    statement="""\
Patient `i` has urgency `urgency[i]` (smaller is more urgent). The doctor always sees the most urgent waiting
patient next, the lower index first on ties. Return the patient indices in the order they are seen.

**Example.** `urgency = [3, 1, 2, 1]` gives `[1, 3, 2, 0]`.

**Constraints.** `0 <= len(urgency) <= 5000`, `1 <= urgency[i] <= 10^6`.
""",
    starter_code="class Solution:\n    def serviceOrder(self, urgency: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [[[3, 1, 2, 1]], [[]], [[9]], [[2, 2, 2]], [[5, 4, 3, 2, 1]], [[1, 3, 1, 3]]]


def perf_inputs(rng):
    return [[[rng.randint(1, 10**6) for _ in range(1200)]]]


SOLUTIONS = [
    dict(name="sort-once-by-key", correct=True, time="fast", reference=True,
         note="Nobody new arrives, so the whole order is one sort of the indices by (urgency, index): O(n log n).",
         code='''\
class Solution:
    def serviceOrder(self, urgency):
        return sorted(range(len(urgency)), key=lambda i: (urgency[i], i))
'''),
    dict(name="sort-pairs", correct=True, time="fast",
         note="Sort (urgency, index) pairs once; the tuple order breaks ties by index.",
         code='''\
class Solution:
    def serviceOrder(self, urgency):
        return [i for _, i in sorted((u, i) for i, u in enumerate(urgency))]
'''),
    dict(name="min-of-waiting-each-time", correct=True, time="slow",
         note="Searches the waiting list for its minimum before every visit: O(n^2) where one sort gives the whole order.",
         code='''\
class Solution:
    def serviceOrder(self, urgency):
        waiting = list(urgency)
        order = []
        for _ in range(len(urgency)):
            best = min(waiting)
            i = waiting.index(best)
            order.append(i)
            waiting[i] = float("inf")
        return order
'''),
    dict(name="higher-index-on-ties", correct=False,
         note="Wrong: breaks ties by the negated index, so among equally urgent patients the later one goes first.",
         code='''\
class Solution:
    def serviceOrder(self, urgency):
        return sorted(range(len(urgency)), key=lambda i: (urgency[i], -i))
'''),
]
