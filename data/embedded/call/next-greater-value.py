PROBLEM = dict(
    problem_id="next-greater-value",
    title="Next Greater Value to the Right",
    io="call",
    entry_point="nextGreater",
    difficulty="medium",
    tags=["array", "stack", "monotonic-stack"],
    split="train",
    statement="""\
For every position `i` of the list `nums`, find the first value to the right of it that is strictly greater
than `nums[i]`, that is `nums[j]` for the smallest `j > i` with `nums[j] > nums[i]`. Use `-1` when there is no such
value. Return the list of these values.

**Example.** `nums = [4, 1, 2, 2, 7, 3, 7]` gives `[7, 2, 7, 7, -1, 7, -1]`. For the first `2` the next value,
also `2`, is not greater, so the answer is `7`.

**Constraints.** `1 <= len(nums) <= 30000`, `0 <= nums[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def nextGreater(self, nums: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[4, 1, 2, 2, 7, 3, 7]],
    [[5]],
    [[3, 3, 3]],
    [[1, 2, 3, 4]],
    [[4, 3, 2, 1]],
    [[0, 1000000000, 0, 999999999]],
    [[2, 5, 2, 5, 2, 6]],
]


def perf_inputs(rng):
    scattered = [rng.randint(0, 10**9) for _ in range(30000)]
    descending = sorted((rng.randint(0, 10**9) for _ in range(5000)), reverse=True)
    return [[scattered], [descending]]


SOLUTIONS = [
    dict(name="stack-left-to-right", correct=True, time="fast", memory="lean", reference=True,
         note="O(n): a stack of indices still waiting for a greater value; each new value settles those below it.",
         code='''\
class Solution:
    def nextGreater(self, nums):
        res = [-1] * len(nums)
        waiting = []
        for i, x in enumerate(nums):
            while waiting and nums[waiting[-1]] < x:
                res[waiting.pop()] = x
            waiting.append(i)
        return res
'''),
    dict(name="stack-right-to-left", correct=True, time="fast", memory="lean",
         note="O(n): scan from the right keeping a stack of candidate values, discarding those not greater.",
         code='''\
class Solution:
    def nextGreater(self, nums):
        out = [-1] * len(nums)
        stack = []
        for i in range(len(nums) - 1, -1, -1):
            x = nums[i]
            while stack and stack[-1] <= x:
                stack.pop()
            if stack:
                out[i] = stack[-1]
            stack.append(x)
        return out
'''),
    dict(name="index-dict-stack", correct=True, time="fast", memory="hungry",
         note="O(n) time, O(n) dict: stack of (index, value) tuples; answers gathered in a dict keyed by index.",
         code='''\
class Solution:
    def nextGreater(self, nums):
        found = {}
        stack = []
        for i, v in enumerate(nums):
            while stack and stack[-1][1] < v:
                found[stack.pop()[0]] = v
            stack.append((i, v))
        return [found.get(i, -1) for i in range(len(nums))]
'''),
    dict(name="sparse-table-search", correct=True, time="medium", memory="hungry",
         note="O(n log n) time and memory: a sparse table of range maxima, then for each i jump over blocks "
              "whose maximum is not greater.",
         code='''\
class Solution:
    def nextGreater(self, nums):
        n = len(nums)
        table = [nums]
        while (1 << len(table)) <= n:
            prev, h = table[-1], 1 << (len(table) - 1)
            table.append([max(prev[i], prev[i + h]) for i in range(len(prev) - h)])
        ans = []
        for i, x in enumerate(nums):
            pos = i + 1
            for lvl in range(len(table) - 1, -1, -1):
                row = table[lvl]
                if pos < len(row) and row[pos] <= x:
                    pos += 1 << lvl
            ans.append(nums[pos] if pos < n else -1)
        return ans
'''),
    dict(name="largest-first-bisect", correct=True, time="medium", memory="medium",
         note="O(n log n) + insort shifts: visit positions from the largest value down, keeping a sorted list "
              "of the positions of strictly greater values, and bisect for the first one to the right.",
         code='''\
from bisect import bisect_right, insort

class Solution:
    def nextGreater(self, nums):
        order = sorted(range(len(nums)), key=nums.__getitem__, reverse=True)
        bigger = []
        result = [-1] * len(nums)
        i = 0
        while i < len(order):
            j = i
            while j < len(order) and nums[order[j]] == nums[order[i]]:
                j += 1
            for p in order[i:j]:
                k = bisect_right(bigger, p)
                if k < len(bigger):
                    result[p] = nums[bigger[k]]
            for p in order[i:j]:
                insort(bigger, p)
            i = j
        return result
'''),
    dict(name="scan-right", correct=True, time="slow", memory="lean",
         note="O(n^2) worst case: for each position, walk right until a greater value appears.",
         code='''\
class Solution:
    def nextGreater(self, nums):
        n = len(nums)
        ans = []
        for i in range(n):
            nxt = -1
            for j in range(i + 1, n):
                if nums[j] > nums[i]:
                    nxt = nums[j]
                    break
            ans.append(nxt)
        return ans
'''),
    dict(name="not-smaller-pops", correct=False,
         note="Wrong: pops on `<=`, so an equal value later on is reported as the next greater one.",
         code='''\
class Solution:
    def nextGreater(self, nums):
        res = [-1] * len(nums)
        waiting = []
        for i, x in enumerate(nums):
            while waiting and nums[waiting[-1]] <= x:
                res[waiting.pop()] = x
            waiting.append(i)
        return res
'''),
]
