PROBLEM = dict(
    problem_id="longest-increasing-subsequence",
    title="Longest Strictly Increasing Subsequence",
    io="call",
    entry_point="longestIncreasing",
    difficulty="medium",
    tags=["array", "dynamic-programming", "binary-search"],
    split="train",
    statement="""\
A *subsequence* of `nums` keeps some of its elements (at least one) in their original order, possibly skipping
others. Return the length of the longest subsequence whose values are *strictly* increasing from left to right.

**Example.** `nums = [5, 1, 6, 2, 2, 7, 3, 4]` gives `4`: the subsequence `1, 2, 3, 4` (positions 1, 3, 6, 7)
is strictly increasing, and no five values are. `1, 2, 2, ...` does not count, because `2, 2` is not strictly
increasing.

**Constraints.** `1 <= len(nums) <= 3000`, `-10^6 <= nums[i] <= 10^6`.
""",
    starter_code="class Solution:\n    def longestIncreasing(self, nums: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[5, 1, 6, 2, 2, 7, 3, 4]],
    [[9]],
    [[4, 4, 4, 4]],
    [[1, 2, 3, 4, 5, 6]],
    [[6, 5, 4, 3, 2, 1]],
    [[-2, -1, -1, 0, 0, 1]],
    [[3, 10, 2, 1, 20, 4, 5, 6]],
]


def perf_inputs(rng):
    n = 3000
    noisy = [rng.randint(-1_000_000, 1_000_000) for _ in range(n)]
    rising = [20 * i + rng.randint(-300, 300) for i in range(n)]    # long answer, plenty of near-ties
    return [[noisy], [rising]]


SOLUTIONS = [
    dict(name="patience-bisect", correct=True, time="fast", memory="lean", reference=True,
         note="O(n log n) time, O(L) memory: tails[k] = smallest possible last value of an increasing run of "
              "length k + 1, updated with bisect_left.",
         code='''\
from bisect import bisect_left

class Solution:
    def longestIncreasing(self, nums):
        tails = []
        for x in nums:
            i = bisect_left(tails, x)
            if i == len(tails):
                tails.append(x)
            else:
                tails[i] = x
        return len(tails)
'''),
    dict(name="patience-manual-search", correct=True, time="fast", memory="lean",
         note="O(n log n) time: the same tails list with a hand-written binary search.",
         code='''\
class Solution:
    def longestIncreasing(self, nums):
        tails = []
        for x in nums:
            lo, hi = 0, len(tails)
            while lo < hi:
                mid = (lo + hi) // 2
                if tails[mid] < x:
                    lo = mid + 1
                else:
                    hi = mid
            if lo == len(tails):
                tails.append(x)
            else:
                tails[lo] = x
        return len(tails)
'''),
    dict(name="fenwick-max-over-ranks", correct=True, time="fast", memory="medium",
         note="O(n log n) time, O(n) memory: compress values, a Fenwick tree of prefix maxima over ranks.",
         code='''\
class Solution:
    def longestIncreasing(self, nums):
        ranks = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
        m = len(ranks)
        tree = [0] * (m + 1)
        best = 0
        for x in nums:
            r = ranks[x] - 1          # best run ending with a value strictly below x
            cur = 0
            while r > 0:
                cur = max(cur, tree[r])
                r -= r & -r
            cur += 1
            best = max(best, cur)
            r = ranks[x]
            while r <= m:
                if tree[r] < cur:
                    tree[r] = cur
                r += r & -r
        return best
'''),
    dict(name="quadratic-dp", correct=True, time="slow", memory="lean",
         note="O(n^2) time, O(n) memory: dp[i] = 1 + best dp[j] over earlier, smaller values.",
         code='''\
class Solution:
    def longestIncreasing(self, nums):
        n = len(nums)
        dp = [1] * n
        for i in range(n):
            for j in range(i):
                if nums[j] < nums[i] and dp[j] + 1 > dp[i]:
                    dp[i] = dp[j] + 1
        return max(dp)
'''),
    dict(name="quadratic-dp-generator", correct=True, time="slow", memory="lean",
         note="O(n^2) time: the same DP written with max() over a generator.",
         code='''\
class Solution:
    def longestIncreasing(self, nums):
        best = []
        for i, x in enumerate(nums):
            best.append(1 + max((best[j] for j in range(i) if nums[j] < x), default=0))
        return max(best)
'''),
    dict(name="dp-of-sequences", correct=True, time="slow", memory="hungry",
         note="O(n^2 + n * L) time, O(n * L) memory: keeps an actual best subsequence (a list) ending at every "
              "position, extending a copy of the best earlier one.",
         code='''\
class Solution:
    def longestIncreasing(self, nums):
        chains = []
        for i, x in enumerate(nums):
            base = []
            for j in range(i):
                if nums[j] < x and len(chains[j]) > len(base):
                    base = chains[j]
            chains.append(base + [x])
        return max(len(c) for c in chains)
'''),
    dict(name="bisect-right-tails", correct=False,
         note="Wrong: bisect_right lets an equal value extend the run, so it measures the longest "
              "non-decreasing subsequence.",
         code='''\
import bisect

class Solution:
    def longestIncreasing(self, nums):
        tails = []
        for x in nums:
            i = bisect.bisect_right(tails, x)
            if i == len(tails):
                tails.append(x)
            else:
                tails[i] = x
        return len(tails)
'''),
]
