PROBLEM = dict(
    problem_id="top-k-frequent",
    title="The k Most Frequent Values",
    io="call",
    entry_point="topKFrequent",
    difficulty="medium",
    tags=["array", "hash-table", "sorting", "heap"],
    split="test",
    statement="""\
Given a list of integers `nums` and an integer `k`, return the `k` values that occur most often in `nums`,
as a list ordered from the most frequent to the least frequent. Values that occur equally often are ordered by
value, smaller first; this also decides which values make the cut when there is a tie at position `k`.

**Example.** `nums = [4, 1, 4, 2, 2, 3, 4, 1]`, `k = 2` gives `[4, 1]`: `4` occurs three times, `1` and `2`
twice each, and the tie between them goes to the smaller value `1`.

**Constraints.** `1 <= len(nums) <= 10^5`, `-10^4 <= nums[i] <= 10^4`, `1 <= k <=` the number of distinct
values in `nums`.
""",
    starter_code="class Solution:\n    def topKFrequent(self, nums: List[int], k: int) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[4, 1, 4, 2, 2, 3, 4, 1], 2],
    [[7], 1],
    [[5, 5, 5, 5], 1],
    [[3, 1, 2], 3],
    [[9, 8, 9, 8, 7], 2],
    [[-1, -1, 2, 2, 0], 2],
    [[10, 20, 20, 10, 30, 30, 30], 3],
]


def perf_inputs(rng):
    uniform = [rng.randint(-600, 600) for _ in range(50_000)]
    skewed = [int(rng.paretovariate(1.2)) * rng.choice((-1, 1)) for _ in range(60_000)]
    skewed = [max(-10_000, min(10_000, x)) for x in skewed]
    return [[uniform, 150], [skewed, 40]]


SOLUTIONS = [
    dict(name="counter-sort", correct=True, time="fast", memory="lean", reference=True,
         note="O(n + d log d): count with Counter, sort the distinct values by (-count, value).",
         code='''\
from collections import Counter

class Solution:
    def topKFrequent(self, nums, k):
        counts = Counter(nums)
        order = sorted(counts, key=lambda v: (-counts[v], v))
        return order[:k]
'''),
    dict(name="counter-heap", correct=True, time="fast", memory="lean",
         note="O(n + d log k): heapq.nsmallest over the distinct values with the (-count, value) key.",
         code='''\
import heapq
from collections import Counter

class Solution:
    def topKFrequent(self, nums, k):
        counts = Counter(nums)
        return heapq.nsmallest(k, counts, key=lambda v: (-counts[v], v))
'''),
    dict(name="list-count-per-value", correct=True, time="slow", memory="lean",
         note="O(n * d) time: calls nums.count once for every distinct value.",
         code='''\
class Solution:
    def topKFrequent(self, nums, k):
        freq = {v: nums.count(v) for v in set(nums)}
        ranked = sorted(freq.items(), key=lambda item: (-item[1], item[0]))
        return [v for v, _ in ranked[:k]]
'''),
    dict(name="frequency-buckets", correct=True, time="fast", memory="hungry",
         note="O(n) time: bucket i holds the values seen exactly i times; n + 1 buckets are allocated up front.",
         code='''\
class Solution:
    def topKFrequent(self, nums, k):
        counts = {}
        for x in nums:
            counts[x] = counts.get(x, 0) + 1
        buckets = [[] for _ in range(len(nums) + 1)]
        for v, c in counts.items():
            buckets[c].append(v)
        result = []
        for c in range(len(nums), 0, -1):
            for v in sorted(buckets[c]):
                result.append(v)
                if len(result) == k:
                    return result
        return result
'''),
    dict(name="sort-and-group", correct=True, time="medium", memory="hungry",
         note="O(n log n): sorts a copy of nums and materialises every run of equal values as a list.",
         code='''\
from itertools import groupby

class Solution:
    def topKFrequent(self, nums, k):
        runs = [list(group) for _, group in groupby(sorted(nums))]
        runs.sort(key=lambda run: -len(run))        # stable: equal lengths keep increasing value order
        return [run[0] for run in runs[:k]]
'''),
    dict(name="repeated-max", correct=True, time="medium", memory="lean",
         note="O(n + k * d): counts in a dict, then k times picks and removes the best remaining value.",
         code='''\
class Solution:
    def topKFrequent(self, nums, k):
        counts = {}
        for x in nums:
            counts[x] = counts.get(x, 0) + 1
        result = []
        for _ in range(k):
            best = max(counts, key=lambda v: (counts[v], -v))
            result.append(best)
            del counts[best]
        return result
'''),
    dict(name="most-common", correct=False,
         note="Wrong: Counter.most_common breaks ties by first appearance in nums, not by smaller value.",
         code='''\
from collections import Counter

class Solution:
    def topKFrequent(self, nums, k):
        return [v for v, _ in Counter(nums).most_common(k)]
'''),
]
