PROBLEM = dict(
    problem_id="lead-changes-in-vote-count",
    title="Lead Changes During the Count",
    io="call",
    entry_point="leadChanges",
    difficulty="easy",
    tags=["array", "prefix-sum"],
    pattern="prefix-sums",
    split="test",
    statement="""\
Votes `votes` (each `"A"` or `"B"`) are counted one at a time. After each vote the leader is whoever has more
votes so far (nobody on a tie). Count how often the leader switches from A to B or from B to A, ties in
between included (A, tie, B is one change).

**Example.** `votes = ["A", "B", "B", "A", "A"]` gives `2` (A leads, tie, B leads, tie, A leads).

**Constraints.** `0 <= len(votes) <= 10^4`.
""",
    starter_code="class Solution:\n    def leadChanges(self, votes: List[str]) -> int:\n",
)

EDGE_INPUTS = [
    [["A", "B", "B", "A", "A"]],
    [[]],
    [["A"]],
    [["A", "B"]],
    [["A", "B", "A", "B"]],
    [["B", "A", "A", "B", "B", "B"]],
    [["A", "A", "B", "B", "A"]],
]


def perf_inputs(rng):
    return [[[rng.choice("AB") for _ in range(1900)]]]


SOLUTIONS = [
    dict(name="running-margin", correct=True, time="fast", reference=True,
         note="Keep the margin (A minus B) as a running value and remember the last leader: O(n).",
         code='''\
class Solution:
    def leadChanges(self, votes):
        margin, last, changes = 0, None, 0
        for v in votes:
            margin += 1 if v == "A" else -1
            leader = "A" if margin > 0 else "B" if margin < 0 else None
            if leader is not None:
                if last is not None and leader != last:
                    changes += 1
                last = leader
        return changes
'''),
    dict(name="recount-so-far", correct=True, time="slow",
         note="Every step recounts all votes so far with list.count: O(i) per vote, O(n^2) in all.",
         code='''\
class Solution:
    def leadChanges(self, votes):
        last, changes = None, 0
        for i in range(len(votes)):
            so_far = votes[:i + 1]
            a, b = so_far.count("A"), so_far.count("B")
            if a != b:
                leader = "A" if a > b else "B"
                if last is not None and leader != last:
                    changes += 1
                last = leader
        return changes
'''),
    dict(name="ties-count-as-change", correct=False,
         note="Wrong: treats a tie as a leader of its own, so A, tie, B counts as two changes.",
         code='''\
class Solution:
    def leadChanges(self, votes):
        margin, last, changes = 0, None, 0
        for v in votes:
            margin += 1 if v == "A" else -1
            leader = "A" if margin > 0 else "B" if margin < 0 else "tie"
            if last is not None and leader != last:
                changes += 1
            last = leader
        return changes
'''),
    dict(name="accumulate-margins", correct=True, time="fast",
         note="itertools.accumulate yields every running margin; keep only the signs that are not 0: O(n).",
         code='''\
from itertools import accumulate

class Solution:
    def leadChanges(self, votes):
        signs = [m > 0 for m in accumulate(1 if v == "A" else -1 for v in votes) if m != 0]
        return sum(1 for x, y in zip(signs, signs[1:]) if x != y)
'''),
]
