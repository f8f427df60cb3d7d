PROBLEM = dict(
    problem_id="majority-ballot-winner",
    title="Majority Ballot Winner",
    io="call",
    entry_point="majorityWinner",
    difficulty="easy",
    tags=["array", "string", "counting"],
    pattern="count-in-loop",
    split="test",
    statement="""\
Each entry of `ballots` is the name of one candidate. Return the candidate named on strictly more than half of
the ballots, or `""` if no candidate has such a majority.

**Example.** `ballots = ["ann", "bo", "ann"]` gives `"ann"`; `["ann", "bo"]` gives `""`.

**Constraints.** `0 <= len(ballots) <= 3000`; names are 1 to 6 lowercase letters.
""",
    starter_code="class Solution:\n    def majorityWinner(self, ballots: List[str]) -> str:\n",
)

EDGE_INPUTS = [
    [["ann", "bo", "ann"]],
    [["ann", "bo"]],
    [[]],
    [["cy"]],
    [["a", "b", "a", "b", "b"]],
    [["a", "b", "c", "a"]],
]


def perf_inputs(rng):
    names = ["".join(rng.choice("abcdefghij") for _ in range(4)) for _ in range(600)]
    spread = [rng.choice(names) for _ in range(1600)]          # no majority: every ballot is checked
    landslide = [rng.choice(names) for _ in range(799)] + ["zed"] * 801   # the winner's ballots come last
    return [[spread], [landslide]]


SOLUTIONS = [
    dict(name="counter-majority", correct=True, time="fast", reference=True,
         note="One Counter pass gives every candidate's total; then compare the top one with half: O(n).",
         code='''\
from collections import Counter

class Solution:
    def majorityWinner(self, ballots):
        counts = Counter(ballots)
        for name, c in counts.items():
            if c * 2 > len(ballots):
                return name
        return ""
'''),
    dict(name="boyer-moore", correct=True, time="fast",
         note="A majority vote pass finds the only possible winner, and one count confirms it: O(n), O(1) memory.",
         code='''\
class Solution:
    def majorityWinner(self, ballots):
        candidate, lead = "", 0
        for b in ballots:
            if lead == 0:
                candidate = b
            lead += 1 if b == candidate else -1
        if candidate and ballots.count(candidate) * 2 > len(ballots):
            return candidate
        return ""
'''),
    dict(name="count-each-ballot", correct=True, time="slow",
         note="ballots.count(b) for every ballot rescans the whole list each time: O(n^2) before a winner shows.",
         code='''\
class Solution:
    def majorityWinner(self, ballots):
        for b in ballots:
            if ballots.count(b) > len(ballots) // 2:
                return b
        return ""
'''),
    dict(name="half-or-more", correct=False,
         note="Wrong: accepts exactly half of the ballots, which is a tie, not a majority.",
         code='''\
from collections import Counter

class Solution:
    def majorityWinner(self, ballots):
        counts = Counter(ballots)
        for name, c in counts.items():
            if c * 2 >= len(ballots):
                return name
        return ""
'''),
]
