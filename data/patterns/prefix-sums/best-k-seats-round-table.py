PROBLEM = dict(
    problem_id="best-k-seats-round-table",
    title="Best k Neighbouring Seats at a Round Table",
    io="call",
    entry_point="bestSeats",
    difficulty="easy",
    tags=["array", "sliding-window", "circular"],
    pattern="prefix-sums",
    split="train",
    statement="""\
`score[i]` is the score of seat `i` at a round table, so seat `n-1` sits next to seat `0`. Return the largest
total of `k` neighbouring seats (the block may wrap around past seat `n-1`).

**Example.** `score = [5, 1, 1, 4]`, `k = 2` gives `9` (seats 3 and 0).

**Constraints.** `1 <= k <= len(score) <= 5000`, `-10^4 <= score[i] <= 10^4`.
""",
    starter_code="class Solution:\n    def bestSeats(self, score: List[int], k: int) -> int:\n",
)

EDGE_INPUTS = [
    [[5, 1, 1, 4], 2],
    [[7], 1],
    [[1, 2, 3], 3],
    [[-1, -2, -3], 1],
    [[3, -10, 3], 2],
    [[1, 9, 1, 1], 1],
]


def perf_inputs(rng):
    return [[[rng.randint(-10**4, 10**4) for _ in range(2000)], 300]]


SOLUTIONS = [
    dict(name="sliding-total", correct=True, time="fast", reference=True,
         note="Slide a running total around the circle: add the seat entering, drop the one leaving, O(n).",
         code='''\
class Solution:
    def bestSeats(self, score, k):
        n = len(score)
        total = sum(score[:k])
        best = total
        for start in range(1, n):
            total += score[(start + k - 1) % n] - score[start - 1]
            best = max(best, total)
        return best
'''),
    dict(name="resum-each-start", correct=True, time="slow",
         note="Each of the n starting seats adds its k seats again: O(n * k).",
         code='''\
class Solution:
    def bestSeats(self, score, k):
        n = len(score)
        best = None
        for start in range(n):
            total = 0
            for j in range(k):
                total += score[(start + j) % n]
            if best is None or total > best:
                best = total
        return best
'''),
    dict(name="no-wrap", correct=False,
         note="Wrong: only tries blocks that do not wrap past the last seat.",
         code='''\
class Solution:
    def bestSeats(self, score, k):
        total = sum(score[:k])
        best = total
        for i in range(k, len(score)):
            total += score[i] - score[i - k]
            best = max(best, total)
        return best
'''),
    dict(name="doubled-prefix", correct=True, time="fast",
         note="Prefix sums over the list written twice turn every wrapped block into one subtraction: O(n).",
         code='''\
class Solution:
    def bestSeats(self, score, k):
        prefix = [0]
        for x in score + score:
            prefix.append(prefix[-1] + x)
        return max(prefix[s + k] - prefix[s] for s in range(len(score)))
'''),
]
