PROBLEM = dict(
    problem_id="kth-largest",
    title="K-th Largest Element",
    io="call",
    entry_point="kthLargest",
    difficulty="medium",
    tags=["array", "heap", "sorting", "quickselect"],
    split="train",
    statement="""\
Given a list of integers `nums` and an integer `k`, return the value that would stand at position `k` (counting
from 1) if `nums` were sorted from largest to smallest. Repeated values keep all their copies, so the answer is
not the k-th largest *distinct* value.

**Example.** `nums = [6, 2, 9, 6, 1]`, `k = 3` gives `6`: sorted from largest to smallest the list is
`[9, 6, 6, 2, 1]`, and its third entry is `6`.

**Constraints.** `1 <= k <= len(nums) <= 10^5`, `-10^6 <= nums[i] <= 10^6`; when `len(nums) > 10^4`,
`k <= 50`.
""",
    starter_code="class Solution:\n    def kthLargest(self, nums: List[int], k: int) -> int:\n",
)

EDGE_INPUTS = [
    [[6, 2, 9, 6, 1], 3],
    [[42], 1],
    [[5, 5, 5, 5], 2],
    [[-3, -1, -2], 1],
    [[-3, -1, -2], 3],
    [[4, 8, 8, 1, 8, 3], 4],
    [[1000000, -1000000], 2],
]


def perf_inputs(rng):
    wide = [rng.randint(-1_000_000, 1_000_000) for _ in range(100_000)]
    middle = [rng.randint(-2000, 2000) for _ in range(6000)]
    return [[wide, 50], [middle, 3000]]


SOLUTIONS = [
    dict(name="sort-descending", correct=True, time="fast", memory="medium", reference=True,
         note="O(n log n) time, O(n) memory: a sorted copy, read position k - 1.",
         code='''\
class Solution:
    def kthLargest(self, nums, k):
        return sorted(nums, reverse=True)[k - 1]
'''),
    dict(name="min-heap-of-k", correct=True, time="fast", memory="lean",
         note="O(n log k) time, O(k) memory: keep the k largest seen so far in a min-heap; its top is the answer.",
         code='''\
import heapq
from itertools import islice

class Solution:
    def kthLargest(self, nums, k):
        heap = nums[:k]
        heapq.heapify(heap)
        for x in islice(nums, k, None):
            if x > heap[0]:
                heapq.heapreplace(heap, x)
        return heap[0]
'''),
    dict(name="nlargest", correct=True, time="fast", memory="lean",
         note="O(n log k) time, O(k) memory: the standard library's heapq.nlargest.",
         code='''\
from heapq import nlargest

class Solution:
    def kthLargest(self, nums, k):
        return nlargest(k, nums)[-1]
'''),
    dict(name="negated-max-heap", correct=True, time="fast", memory="hungry",
         note="O(n + k log n) time, O(n) memory: heapify negated copies of every value (new int objects), pop k.",
         code='''\
import heapq

class Solution:
    def kthLargest(self, nums, k):
        heap = [-x for x in nums]
        heapq.heapify(heap)
        for _ in range(k - 1):
            heapq.heappop(heap)
        return -heap[0]
'''),
    dict(name="quickselect-partition-lists", correct=True, time="fast", memory="medium",
         note="Expected O(n) time and memory: random pivot, three list comprehensions, recurse into one part.",
         code='''\
import random

class Solution:
    def kthLargest(self, nums, k):
        arr = nums
        while True:
            pivot = random.choice(arr)
            bigger = [x for x in arr if x > pivot]
            if k <= len(bigger):
                arr = bigger
                continue
            equal = arr.count(pivot)
            if k <= len(bigger) + equal:
                return pivot
            k -= len(bigger) + equal
            arr = [x for x in arr if x < pivot]
'''),
    dict(name="quickselect-in-place", correct=True, time="medium", memory="medium",
         note="Expected O(n) time: Lomuto partition on a copy with a random pivot, looking for index n - k.",
         code='''\
import random

class Solution:
    def kthLargest(self, nums, k):
        a = list(nums)
        target = len(a) - k
        lo, hi = 0, len(a) - 1
        while True:
            p = random.randint(lo, hi)
            a[p], a[hi] = a[hi], a[p]
            pivot, store = a[hi], lo
            for i in range(lo, hi):
                if a[i] < pivot:
                    a[i], a[store] = a[store], a[i]
                    store += 1
            a[store], a[hi] = a[hi], a[store]
            if store == target:
                return a[store]
            if store < target:
                lo = store + 1
            else:
                hi = store - 1
'''),
    dict(name="remove-max-k-times", correct=True, time="slow", memory="lean",
         note="O(n * k) time, O(1) extra memory: take the maximum out k - 1 times, in place.",
         code='''\
class Solution:
    def kthLargest(self, nums, k):
        for _ in range(k - 1):
            nums.remove(max(nums))
        return max(nums)
'''),
    dict(name="distinct-sorted", correct=False,
         note="Wrong: sorts the distinct values, so duplicates are counted once and the k-th distinct value "
              "(or an IndexError) comes back.",
         code='''\
class Solution:
    def kthLargest(self, nums, k):
        return sorted(set(nums))[-k]
'''),
]
