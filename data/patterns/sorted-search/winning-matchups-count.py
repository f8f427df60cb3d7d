PROBLEM = dict(
    problem_id="winning-matchups-count",
    title="Winning Matchups Between Two Sorted Teams",
    io="call",
    entry_point="winningMatchups",
    difficulty="easy",
    tags=["array", "binary-search"],
    pattern="sorted-search",
    split="test",
    statement="""\
`ours` and `theirs` are player strengths, each list sorted in non-decreasing order. A matchup is any pair of one
of our players and one of theirs; we win it when ours is strictly stronger. Count our winning matchups.

**Example.** `ours = [3, 5, 8]`, `theirs = [2, 5, 7]` gives `5` (3 beats 2; 5 beats 2; 8 beats all three).

**Constraints.** `0 <= len(ours), len(theirs) <= 3000`, `0 <= strength <= 10^9`.
""",
    starter_code="class Solution:\n    def winningMatchups(self, ours: List[int], theirs: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[3, 5, 8], [2, 5, 7]],
    [[], [1]],
    [[1], []],
    [[4], [4]],
    [[1, 1, 9], [0, 1, 1]],
    [[2, 3], [5, 6]],
]


def perf_inputs(rng):
    ours = sorted(rng.randint(0, 10**9) for _ in range(1200))
    theirs = sorted(rng.randint(0, 10**9) for _ in range(2000))
    return [[ours, theirs]]


SOLUTIONS = [
    dict(name="bisect-each", correct=True, time="fast", reference=True,
         note="theirs is sorted, so bisect_left counts the weaker opponents of each of our players in O(log m).",
         code='''\
from bisect import bisect_left

class Solution:
    def winningMatchups(self, ours, theirs):
        return sum(bisect_left(theirs, x) for x in ours)
'''),
    dict(name="scan-opponents", correct=True, time="slow",
         note="Walking through their players until one is not weaker ignores the sorted order: O(n * m).",
         code='''\
class Solution:
    def winningMatchups(self, ours, theirs):
        wins = 0
        for x in ours:
            for y in theirs:
                if y < x:
                    wins += 1
                else:
                    break
        return wins
'''),
    dict(name="merge-pointer", correct=True, time="fast",
         note="Both lists are sorted, so one pointer into theirs only moves forward: O(n + m).",
         code='''\
class Solution:
    def winningMatchups(self, ours, theirs):
        j, wins = 0, 0
        for x in ours:
            while j < len(theirs) and theirs[j] < x:
                j += 1
            wins += j
        return wins
'''),
    dict(name="ties-as-wins", correct=False,
         note="Wrong: bisect_right also counts opponents of equal strength, but a tie is not a win.",
         code='''\
from bisect import bisect_right

class Solution:
    def winningMatchups(self, ours, theirs):
        return sum(bisect_right(theirs, x) for x in ours)
'''),
]
