PROBLEM = dict(
    problem_id="stream-kth-largest-after-each",
    title="The k-th Best Score After Each Game",
    io="call",
    entry_point="kthAfterEach",
    difficulty="easy",
    tags=["heap", "array"],
    pattern="sort-in-loop",
    split="train",
    statement="""\
Scores arrive one per game. After each game, report the `k`-th largest score seen so far (counting repeated
scores separately), or `-1` while fewer than `k` games have been played.

**Example.** `scores = [5, 2, 8, 6, 1]`, `k = 2` gives `[-1, 2, 5, 6, 6]`.

**Constraints.** `0 <= len(scores) <= 5000`, `1 <= k <= 100`, `0 <= scores[i] <= 10^6`.
""",
    starter_code="class Solution:\n    def kthAfterEach(self, scores: List[int], k: int) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[5, 2, 8, 6, 1], 2],
    [[], 3],
    [[4], 1],
    [[4], 2],
    [[3, 3, 3], 2],
    [[1, 2, 3, 4], 4],
]


def perf_inputs(rng):
    return [[[rng.randint(0, 10**6) for _ in range(900)], 10]]


SOLUTIONS = [
    dict(name="size-k-min-heap", correct=True, time="fast", reference=True,
         note="A min-heap of the k largest scores keeps the answer at its top; each game costs O(log k).",
         code='''\
import heapq

class Solution:
    def kthAfterEach(self, scores, k):
        top, out = [], []
        for s in scores:
            if len(top) < k:
                heapq.heappush(top, s)
            elif s > top[0]:
                heapq.heapreplace(top, s)
            out.append(top[0] if len(top) == k else -1)
        return out
'''),
    dict(name="sorted-top-k-list", correct=True, time="fast",
         note="Keep only the k best scores in a short sorted list, inserting with bisect: O(k) per game, no full sorts.",
         code='''\
import bisect

class Solution:
    def kthAfterEach(self, scores, k):
        best, out = [], []
        for s in scores:
            bisect.insort(best, s)
            if len(best) > k:
                best.pop(0)
            out.append(best[0] if len(best) == k else -1)
        return out
'''),
    dict(name="sort-every-game", correct=True, time="slow",
         note="Sorts every score seen so far after each game: O(n^2 log n) where a size-k heap needs O(n log k).",
         code='''\
class Solution:
    def kthAfterEach(self, scores, k):
        seen, out = [], []
        for s in scores:
            seen.append(s)
            ranked = sorted(seen, reverse=True)
            out.append(ranked[k - 1] if len(ranked) >= k else -1)
        return out
'''),
    dict(name="distinct-scores", correct=False,
         note="Wrong: ranks distinct scores only, so repeated scores are counted once.",
         code='''\
class Solution:
    def kthAfterEach(self, scores, k):
        seen, out = set(), []
        for s in scores:
            seen.add(s)
            ranked = sorted(seen, reverse=True)
            out.append(ranked[k - 1] if len(ranked) >= k else -1)
        return out
'''),
]
