PROBLEM = dict(
    problem_id="subarray-sum-equals-k",
    title="Count Slices With a Given Sum",
    io="call",
    entry_point="countSubarrays",
    difficulty="medium",
    tags=["array", "hash-table", "prefix-sum"],
    split="train",
    statement="""\
Given a list of integers `nums` (negative values allowed) and an integer `k`, return how many contiguous,
non-empty slices `nums[i..j]` (`i <= j`) have elements adding up to exactly `k`. Slices at different positions
count separately even if they hold the same values.

**Example.** `nums = [2, -1, 1, 2, 0]`, `k = 2` gives `6`: the slices `[2]` (first element), `[2, -1, 1]`,
`[-1, 1, 2]`, `[-1, 1, 2, 0]`, `[2]` (fourth element) and `[2, 0]`.

**Constraints.** `1 <= len(nums) <= 2500`, `-1000 <= nums[i] <= 1000`, `-10^6 <= k <= 10^6`.
""",
    starter_code="class Solution:\n    def countSubarrays(self, nums: List[int], k: int) -> int:\n",
)

EDGE_INPUTS = [
    [[2, -1, 1, 2, 0], 2],
    [[5], 5],
    [[5], 3],
    [[0, 0, 0], 0],
    [[1, -1, 1, -1], 0],
    [[-2, -3, 4, -1], -5],
    [[3, 4, 7, -7, 2, 1], 7],
    [[1, 2, 3], 100],
]


def perf_inputs(rng):
    small = [rng.randint(-5, 5) for _ in range(2500)]
    wide = [rng.randint(-1000, 1000) for _ in range(2400)]
    return [[small, 3], [wide, rng.randint(-500, 500)]]


SOLUTIONS = [
    dict(name="prefix-counter", correct=True, time="fast", memory="medium", reference=True,
         note="O(n) time, O(n) memory: counts earlier prefix sums equal to (current prefix - k).",
         code='''\
from collections import Counter

class Solution:
    def countSubarrays(self, nums, k):
        seen = Counter({0: 1})
        total = answer = 0
        for x in nums:
            total += x
            answer += seen[total - k]
            seen[total] += 1
        return answer
'''),
    dict(name="prefix-dict-get", correct=True, time="fast", memory="medium",
         note="O(n) time: the same idea with a plain dict and .get, prefix sums built first with accumulate.",
         code='''\
from itertools import accumulate

class Solution:
    def countSubarrays(self, nums, k):
        counts = {0: 1}
        answer = 0
        for p in accumulate(nums):
            answer += counts.get(p - k, 0)
            counts[p] = counts.get(p, 0) + 1
        return answer
'''),
    dict(name="all-starts-running-sum", correct=True, time="slow", memory="lean",
         note="O(n^2) time, O(1) memory: every start, extended one element at a time.",
         code='''\
class Solution:
    def countSubarrays(self, nums, k):
        n = len(nums)
        count = 0
        for i in range(n):
            s = 0
            for j in range(i, n):
                s += nums[j]
                if s == k:
                    count += 1
        return count
'''),
    dict(name="all-sums-list", correct=True, time="slow", memory="hungry",
         note="O(n^2) time and memory: materialises the sum of every slice, then counts k.",
         code='''\
class Solution:
    def countSubarrays(self, nums, k):
        prefix = [0]
        for x in nums:
            prefix.append(prefix[-1] + x)
        n = len(nums)
        sums = [prefix[j] - prefix[i] for i in range(n) for j in range(i + 1, n + 1)]
        return sums.count(k)
'''),
    dict(name="prefix-index-lists", correct=True, time="fast", memory="medium",
         note="O(n) time: remembers the list of indices for every prefix sum, counts the matching list's length.",
         code='''\
from collections import defaultdict

class Solution:
    def countSubarrays(self, nums, k):
        where = defaultdict(list)
        where[0].append(-1)
        total = answer = 0
        for i, x in enumerate(nums):
            total += x
            answer += len(where.get(total - k, ()))
            where[total].append(i)
        return answer
'''),
    dict(name="prefix-pairs", correct=True, time="slow", memory="medium",
         note="O(n^2) time over a prefix-sum list: one pass over later prefixes per start, using list.count.",
         code='''\
class Solution:
    def countSubarrays(self, nums, k):
        prefix = [0]
        for x in nums:
            prefix.append(prefix[-1] + x)
        count = 0
        for i in range(len(nums)):
            target = prefix[i] + k
            count += prefix[i + 1:].count(target)
        return count
'''),
    dict(name="sliding-window", correct=False,
         note="Wrong: a shrinking window assumes non-negative values; negatives make it miss slices.",
         code='''\
class Solution:
    def countSubarrays(self, nums, k):
        lo = s = count = 0
        for hi, x in enumerate(nums):
            s += x
            while s > k and lo <= hi:
                s -= nums[lo]
                lo += 1
            if s == k:
                count += 1
        return count
'''),
]
