PROBLEM = dict(
    problem_id="sliding-window-max",
    title="Sliding Window Maximum",
    io="call",
    entry_point="maxInWindows",
    difficulty="hard",
    tags=["array", "sliding-window", "monotonic-queue", "heap"],
    split="train",
    statement="""\
A window of width `k` slides over the list of integers `nums`, one position at a time, from the left end to the
right end. Return the list of the largest value seen in each window position, in order from left to right. There
are `len(nums) - k + 1` windows.

**Example.** `nums = [2, 7, 3, -1, 4, 4, 1]`, `k = 3` gives `[7, 7, 4, 4, 4]`: the windows are `[2, 7, 3]`,
`[7, 3, -1]`, `[3, -1, 4]`, `[-1, 4, 4]` and `[4, 4, 1]`.

**Constraints.** `1 <= k <= len(nums) <= 20000`, `-10^5 <= nums[i] <= 10^5`.
""",
    starter_code="class Solution:\n    def maxInWindows(self, nums: List[int], k: int) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[2, 7, 3, -1, 4, 4, 1], 3],
    [[5], 1],
    [[4, -2, 9], 1],
    [[4, -2, 9], 3],
    [[1, 2, 3, 4, 5, 6], 2],
    [[6, 5, 4, 3, 2, 1], 4],
    [[3, 3, 3, 1, 3, 3], 2],
    [[-7, -3, -9, -3, -8], 2],
]


def perf_inputs(rng):
    n = 20000
    noisy = [rng.randint(-100_000, 100_000) for _ in range(n)]
    falling = [99_000 - 9 * i + rng.randint(-40, 40) for i in range(n)]
    return [[noisy, 1000], [falling, 700]]


SOLUTIONS = [
    dict(name="monotonic-deque", correct=True, time="fast", memory="lean", reference=True,
         note="O(n) time, O(k) extra memory: a deque of indices whose values decrease from front to back.",
         code='''\
from collections import deque

class Solution:
    def maxInWindows(self, nums, k):
        dq = deque()
        out = []
        for i, x in enumerate(nums):
            while dq and nums[dq[-1]] <= x:
                dq.pop()
            dq.append(i)
            if dq[0] <= i - k:
                dq.popleft()
            if i >= k - 1:
                out.append(nums[dq[0]])
        return out
'''),
    dict(name="block-prefix-suffix", correct=True, time="fast", memory="medium",
         note="O(n) time, O(n) memory: cut into blocks of k, prefix maxima and suffix maxima per block; a window "
              "spans at most two blocks.",
         code='''\
class Solution:
    def maxInWindows(self, nums, k):
        n = len(nums)
        left = nums[:]
        right = nums[:]
        for i in range(1, n):
            if i % k:
                left[i] = max(left[i - 1], nums[i])
        for i in range(n - 2, -1, -1):
            if (i + 1) % k:
                right[i] = max(right[i + 1], nums[i])
        return [max(right[i], left[i + k - 1]) for i in range(n - k + 1)]
'''),
    dict(name="lazy-heap", correct=True, time="medium", memory="hungry",
         note="O(n log n): max-heap of (-value, index) tuples; stale entries are only discarded when they reach "
              "the top, so on random data the heap grows towards n tuples.",
         code='''\
import heapq

class Solution:
    def maxInWindows(self, nums, k):
        heap = [(-x, i) for i, x in enumerate(nums[:k])]
        heapq.heapify(heap)
        res = [-heap[0][0]]
        for i in range(k, len(nums)):
            heapq.heappush(heap, (-nums[i], i))
            while heap[0][1] <= i - k:
                heapq.heappop(heap)
            res.append(-heap[0][0])
        return res
'''),
    dict(name="sparse-table", correct=True, time="medium", memory="hungry",
         note="O(n log n) time and memory: table[j][i] = max of nums[i:i+2^j]; each window is two overlapping "
              "power-of-two ranges.",
         code='''\
class Solution:
    def maxInWindows(self, nums, k):
        n = len(nums)
        table = [nums[:]]
        j = 1
        while (1 << j) <= n:
            prev = table[-1]
            half = 1 << (j - 1)
            table.append([max(prev[i], prev[i + half]) for i in range(n - (1 << j) + 1)])
            j += 1
        level = k.bit_length() - 1
        row = table[level]
        span = 1 << level
        return [max(row[i], row[i + k - span]) for i in range(n - k + 1)]
'''),
    dict(name="slice-max", correct=True, time="slow", memory="lean",
         note="O(n*k): copies every window and takes its max.",
         code='''\
class Solution:
    def maxInWindows(self, nums, k):
        return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
'''),
    dict(name="nested-loops", correct=True, time="slow", memory="lean",
         note="O(n*k) with a Python inner loop over each window.",
         code='''\
class Solution:
    def maxInWindows(self, nums, k):
        result = []
        for start in range(len(nums) - k + 1):
            best = nums[start]
            for j in range(start + 1, start + k):
                if nums[j] > best:
                    best = nums[j]
            result.append(best)
        return result
'''),
    dict(name="rescan-on-expiry", correct=True, time="medium", memory="lean",
         note="Keeps the current max and its index; rescans the window only when that index leaves it. "
              "O(n*k) worst case, much less on random data.",
         code='''\
class Solution:
    def maxInWindows(self, nums, k):
        n = len(nums)
        pos = max(range(k), key=lambda t: (nums[t], t))
        out = [nums[pos]]
        for i in range(k, n):
            lo = i - k + 1
            if nums[i] >= nums[pos]:
                pos = i
            elif pos < lo:
                pos = lo
                for j in range(lo + 1, i + 1):
                    if nums[j] >= nums[pos]:
                        pos = j
            out.append(nums[pos])
        return out
'''),
    dict(name="deque-off-by-one", correct=False,
         note="Wrong: expires the front index one step late (`< i - k` instead of `<= i - k`), so a window can "
              "report a value that has already left it.",
         code='''\
from collections import deque

class Solution:
    def maxInWindows(self, nums, k):
        dq = deque()
        out = []
        for i, x in enumerate(nums):
            while dq and nums[dq[-1]] <= x:
                dq.pop()
            dq.append(i)
            if dq[0] < i - k:
                dq.popleft()
            if i >= k - 1:
                out.append(nums[dq[0]])
        return out
'''),
]
