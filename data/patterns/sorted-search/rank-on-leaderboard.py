PROBLEM = dict(
    problem_id="rank-on-leaderboard",
    title="Rank of a New Score on a Leaderboard",
    io="call",
    entry_point="newRanks",
    difficulty="easy",
    tags=["array", "binary-search"],
    pattern="sorted-search",
    split="test",
    statement="""\
`board` holds scores sorted from highest to lowest. A new score's rank is 1 plus the number of board scores
strictly greater than it. Return the rank of each score in `new` (each on its own; none joins the board).

**Example.** `board = [90, 80, 80, 50]`, `new = [80, 95, 10]` gives `[2, 1, 5]`.

**Constraints.** `0 <= len(board), len(new) <= 3000`, `0 <= scores <= 10^9`.
""",
    starter_code="class Solution:\n    def newRanks(self, board: List[int], new: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[90, 80, 80, 50], [80, 95, 10]],
    [[], [7]],
    [[5], [5, 6, 4]],
    [[9, 9, 9], [9]],
    [[3, 2, 1], []],
    [[10**9, 0], [0, 10**9, 1]],
]


def perf_inputs(rng):
    board = sorted((rng.randint(0, 10**9) for _ in range(2500)), reverse=True)
    new = [rng.randint(0, 10**9) for _ in range(1000)]
    return [[board, new]]


SOLUTIONS = [
    dict(name="reverse-then-bisect", correct=True, time="fast", reference=True,
         note="Reverse the board once into ascending order; bisect_right then counts the scores <= s, and the "
              "rest are greater: O(n + q log n).",
         code='''\
from bisect import bisect_right

class Solution:
    def newRanks(self, board, new):
        ascending = board[::-1]
        n = len(ascending)
        return [n - bisect_right(ascending, s) + 1 for s in new]
'''),
    dict(name="walk-down-board", correct=True, time="slow",
         note="Walking down the board until a score is not greater ignores the order: O(n) per new score.",
         code='''\
class Solution:
    def newRanks(self, board, new):
        result = []
        for s in new:
            rank = 1
            for b in board:
                if b > s:
                    rank += 1
                else:
                    break
            result.append(rank)
        return result
'''),
    dict(name="descending-binary-search", correct=True, time="fast",
         note="A binary search written for the descending order finds the first score <= s: O(log n) each.",
         code='''\
class Solution:
    def newRanks(self, board, new):
        result = []
        for s in new:
            lo, hi = 0, len(board)
            while lo < hi:
                mid = (lo + hi) // 2
                if board[mid] > s:
                    lo = mid + 1
                else:
                    hi = mid
            result.append(lo + 1)
        return result
'''),
    dict(name="ties-ranked-below", correct=False,
         note="Wrong: counts board scores >= s as above it, so a tie is ranked below the equal scores.",
         code='''\
from bisect import bisect_left

class Solution:
    def newRanks(self, board, new):
        ascending = board[::-1]
        n = len(ascending)
        return [n - bisect_left(ascending, s) + 1 for s in new]
'''),
]
