PROBLEM = dict(
    problem_id="longest-consecutive-run",
    title="Longest Run of Consecutive Integers",
    io="call",
    entry_point="longestRun",
    difficulty="medium",
    tags=["array", "hash-set", "sorting", "union-find"],
    split="train",
    statement="""\
You get an unsorted list of integers `nums`, possibly with repeats. A *run* is a set of distinct integers
`x, x+1, ..., x+m-1` that all appear somewhere in `nums` (in any positions). Return the length `m` of the longest
run, or `0` when `nums` is empty.

**Example.** `nums = [8, -1, 3, 0, 9, 2, 1, 2]` gives `5`: the values `-1, 0, 1, 2, 3` are all present, while
`4` is not. The run `8, 9` is shorter.

**Constraints.** `0 <= len(nums) <= 40000`, `-10^9 <= nums[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def longestRun(self, nums: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[8, -1, 3, 0, 9, 2, 1, 2]],
    [[]],
    [[42]],
    [[7, 7, 7]],
    [[1, 2, 2, 3, 3, 4]],
    [[10, 30, 20]],
    [[-3, -2, -1, 5, 6, 0]],
    [[1000000000, -1000000000, 999999999]],
]


def perf_inputs(rng):
    def build(runs, noise):
        vals = []
        for length in runs:
            start = rng.randint(-10**9, 10**9 - length)
            vals.extend(range(start, start + length))
        vals.extend(rng.randint(-10**9, 10**9) for _ in range(noise))
        vals.extend(rng.sample(vals, len(vals) // 10))      # some repeats
        rng.shuffle(vals)
        return [vals]
    return [build([4000, 3000, 2500, 50, 20], 20000), build([2000] * 3 + [7] * 500, 12000)]


SOLUTIONS = [
    dict(name="set-run-starts", correct=True, time="fast", memory="hungry", reference=True,
         note="O(n) time, O(n) hash set: only count upward from values whose predecessor is missing.",
         code='''\
class Solution:
    def longestRun(self, nums):
        present = set(nums)
        best = 0
        for x in present:
            if x - 1 not in present:
                y = x + 1
                while y in present:
                    y += 1
                best = max(best, y - x)
        return best
'''),
    dict(name="sort-in-place", correct=True, time="fast", memory="lean",
         note="O(n log n) time, sorts the given list in place, then one scan that skips repeats.",
         code='''\
class Solution:
    def longestRun(self, nums):
        if not nums:
            return 0
        nums.sort()
        best = cur = 1
        for a, b in zip(nums, nums[1:]):
            if b == a + 1:
                cur += 1
                if cur > best:
                    best = cur
            elif b != a:
                cur = 1
        return best
'''),
    dict(name="endpoint-lengths", correct=True, time="fast", memory="hungry",
         note="O(n): a dict keeps, at both ends of every run built so far, that run's length; a new value joins "
              "its neighbours' runs.",
         code='''\
class Solution:
    def longestRun(self, nums):
        span = {}
        best = 0
        for x in nums:
            if x in span:
                continue
            left = span.get(x - 1, 0)
            right = span.get(x + 1, 0)
            total = left + right + 1
            span[x] = total
            span[x - left] = total
            span[x + right] = total
            best = max(best, total)
        return best
'''),
    dict(name="union-find", correct=True, time="medium", memory="hungry",
         note="O(n α(n)) with two dicts: union every value with its successor, track component sizes.",
         code='''\
class Solution:
    def longestRun(self, nums):
        parent = {x: x for x in nums}
        size = dict.fromkeys(parent, 1)

        def find(x):
            root = x
            while parent[root] != root:
                root = parent[root]
            while parent[x] != root:
                parent[x], x = root, parent[x]
            return root

        for x in parent:
            if x + 1 in parent:
                a, b = find(x), find(x + 1)
                if a != b:
                    if size[a] < size[b]:
                        a, b = b, a
                    parent[b] = a
                    size[a] += size[b]
        return max(size.values(), default=0)
'''),
    dict(name="sorted-unique", correct=True, time="fast", memory="hungry",
         note="O(n log n): dedupe with a set, sort the distinct values, count steps of exactly one.",
         code='''\
class Solution:
    def longestRun(self, nums):
        vals = sorted(set(nums))
        best = 0
        length = 0
        prev = None
        for v in vals:
            length = length + 1 if prev is not None and v == prev + 1 else 1
            best = max(best, length)
            prev = v
        return best
'''),
    dict(name="count-up-from-each", correct=True, time="slow", memory="hungry",
         note="O(n * L) for longest run L: counts upward from every value, not only from run starts.",
         code='''\
class Solution:
    def longestRun(self, nums):
        seen = set(nums)
        longest = 0
        for x in nums:
            length = 1
            while x + length in seen:
                length += 1
            longest = max(longest, length)
        return longest
'''),
    dict(name="heap-pop-scan", correct=True, time="medium", memory="medium",
         note="O(n log n): heapify a copy and pop values in increasing order, extending the run on +1 steps.",
         code='''\
import heapq

class Solution:
    def longestRun(self, nums):
        heap = list(nums)
        heapq.heapify(heap)
        best = 0
        run = 0
        last = None
        while heap:
            v = heapq.heappop(heap)
            if v == last:
                continue
            run = run + 1 if last is not None and v == last + 1 else 1
            last = v
            if run > best:
                best = run
        return best
'''),
    dict(name="repeat-breaks-run", correct=False,
         note="Wrong: after sorting, a repeated value resets the current run instead of being skipped.",
         code='''\
class Solution:
    def longestRun(self, nums):
        if not nums:
            return 0
        s = sorted(nums)
        best = cur = 1
        for i in range(1, len(s)):
            cur = cur + 1 if s[i] == s[i - 1] + 1 else 1
            best = max(best, cur)
        return best
'''),
]
