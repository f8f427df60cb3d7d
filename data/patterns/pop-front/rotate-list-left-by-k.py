PROBLEM = dict(
    problem_id="rotate-list-left-by-k",
    title="Rotate a List Left by k",
    io="call",
    entry_point="rotate",
    difficulty="easy",
    tags=["array"],
    pattern="pop-front",
    split="train",
    statement="""\
Rotate the list `nums` left by `k` places: each place moves the first element to the end. Return the list.

**Example.** `nums = [1, 2, 3, 4, 5]`, `k = 2` gives `[3, 4, 5, 1, 2]`.

**Constraints.** `1 <= len(nums) <= 5 * 10^4`, `0 <= k <= len(nums)`.
""",
    starter_code="class Solution:\n    def rotate(self, nums: List[int], k: int) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[1, 2, 3, 4, 5], 2],
    [[1], 0],
    [[1], 1],
    [[1, 2], 2],
    [[4, 5, 6], 0],
    [[7, 8, 9], 1],
]


def perf_inputs(rng):
    nums = [rng.randint(-10**6, 10**6) for _ in range(25000)]
    return [[nums, 17000]]


SOLUTIONS = [
    dict(name="two-slices", correct=True, time="fast", reference=True,
         note="The rotation is one cut: nums[k:] + nums[:k], O(n) in C.",
         code='''\
class Solution:
    def rotate(self, nums, k):
        return nums[k:] + nums[:k]
'''),
    dict(name="pop-append", correct=True, time="slow",
         note="`nums.append(nums.pop(0))` shifts the whole list for each place: O(k * n).",
         code='''\
class Solution:
    def rotate(self, nums, k):
        for _ in range(k):
            nums.append(nums.pop(0))
        return nums
'''),
    dict(name="rotates-right", correct=False,
         note="Wrong: cuts at n - k, which rotates right instead of left.",
         code='''\
class Solution:
    def rotate(self, nums, k):
        n = len(nums)
        return nums[n - k:] + nums[:n - k]
'''),
    dict(name="deque-rotate", correct=True, time="fast",
         note="deque.rotate(-k) moves k places in O(k), each an O(1) step at an end.",
         code='''\
from collections import deque

class Solution:
    def rotate(self, nums, k):
        d = deque(nums)
        d.rotate(-k)
        return list(d)
'''),
]
