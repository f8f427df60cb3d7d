PROBLEM = dict(
    problem_id="values-seen-k-times",
    title="Values Seen at Least k Times",
    io="call",
    entry_point="frequentValues",
    difficulty="easy",
    tags=["array", "counting", "sorting"],
    pattern="count-in-loop",
    split="test",
    statement="""\
Return, in increasing order and without repeats, every value that occurs at least `k` times in `nums`.

**Example.** `nums = [5, 3, 5, 1, 3, 5]`, `k = 2` gives `[3, 5]`.

**Constraints.** `0 <= len(nums) <= 3000`, `1 <= k <= 3000`, `-10^9 <= nums[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def frequentValues(self, nums: List[int], k: int) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[5, 3, 5, 1, 3, 5], 2],
    [[], 1],
    [[7], 1],
    [[7], 2],
    [[2, 2, 1, 1, 1], 3],
    [[-4, -4, 9, 9], 2],
]


def perf_inputs(rng):
    n = 1300
    return [[[rng.randint(0, 700) for _ in range(n)], 3], [[rng.randint(-10**9, 10**9) for _ in range(n)], 1]]


SOLUTIONS = [
    dict(name="counter-threshold", correct=True, time="fast", reference=True,
         note="One Counter pass gives every count; keep the values at or above k and sort them: O(n log n).",
         code='''\
from collections import Counter

class Solution:
    def frequentValues(self, nums, k):
        counts = Counter(nums)
        return sorted(v for v, c in counts.items() if c >= k)
'''),
    dict(name="count-each", correct=True, time="slow",
         note="nums.count(x) for every element rescans the whole list: O(n^2) comparisons.",
         code='''\
class Solution:
    def frequentValues(self, nums, k):
        found = set()
        for x in nums:
            if nums.count(x) >= k:
                found.add(x)
        return sorted(found)
'''),
    dict(name="dict-threshold", correct=True, time="fast",
         note="A dict of counts built in one loop answers each value's count in O(1): O(n log n) with the sort.",
         code='''\
class Solution:
    def frequentValues(self, nums, k):
        counts = {}
        for x in nums:
            counts[x] = counts.get(x, 0) + 1
        result = [v for v in counts if counts[v] >= k]
        result.sort()
        return result
'''),
    dict(name="more-than-k", correct=False,
         note="Wrong: uses > k, so a value seen exactly k times is left out.",
         code='''\
from collections import Counter

class Solution:
    def frequentValues(self, nums, k):
        counts = Counter(nums)
        return sorted(v for v, c in counts.items() if c > k)
'''),
]
