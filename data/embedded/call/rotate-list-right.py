PROBLEM = dict(
    problem_id="rotate-list-right",
    title="Rotate a List to the Right",
    io="call",
    entry_point="rotateRight",
    difficulty="easy",
    tags=["array", "two-pointers"],
    split="train",
    statement="""\
Rotate the list `nums` to the right by `k` steps and return the result. One step moves the last element to the
front. `k` may be larger than the length of the list. (Rotating the given list in place and returning it is
fine.)

**Example.** `nums = [1, 2, 3, 4, 5, 6, 7]`, `k = 3` gives `[5, 6, 7, 1, 2, 3, 4]`.

**Constraints.** `0 <= len(nums) <= 200000`, `-10^9 <= nums[i] <= 10^9`, `0 <= k <= 10^9`.
""",
    starter_code="class Solution:\n    def rotateRight(self, nums: List[int], k: int) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[1, 2, 3, 4, 5, 6, 7], 3],
    [[], 5],
    [[9], 1000],
    [[1, 2], 0],
    [[1, 2, 3], 3],
    [[1, 2, 3], 4],
    [[-1, -100, 3, 99], 2],
    [[4, 4, 5, 5, 6], 1000000000],
]


def perf_inputs(rng):
    big = [rng.randint(-10**9, 10**9) for _ in range(200_000)]
    mid = [rng.randint(-10**9, 10**9) for _ in range(50_000)]
    return [[big, 200_000 * 3 + 2000], [mid, 30_000]]


SOLUTIONS = [
    dict(name="three-reversals", correct=True, time="fast", memory="lean",
         note="O(n) time, O(1) extra memory: reverse everything, then the first k and the rest, in place.",
         code='''\
class Solution:
    def rotateRight(self, nums, k):
        n = len(nums)
        if n == 0:
            return nums
        k %= n

        def reverse(lo, hi):
            while lo < hi:
                nums[lo], nums[hi] = nums[hi], nums[lo]
                lo += 1
                hi -= 1

        reverse(0, n - 1)
        reverse(0, k - 1)
        reverse(k, n - 1)
        return nums
'''),
    dict(name="slice-concat", correct=True, time="fast", memory="medium", reference=True,
         note="O(n): two slices glued into a new list.",
         code='''\
class Solution:
    def rotateRight(self, nums, k):
        if not nums:
            return []
        k %= len(nums)
        return nums[-k:] + nums[:-k] if k else nums[:]
'''),
    dict(name="slice-assign-in-place", correct=True, time="fast", memory="medium",
         note="O(n): rotates in place through slice assignment (the right side is still a temporary list).",
         code='''\
class Solution:
    def rotateRight(self, nums, k):
        if nums:
            k %= len(nums)
            nums[:] = nums[len(nums) - k:] + nums[:len(nums) - k]
        return nums
'''),
    dict(name="deque-rotate", correct=True, time="fast", memory="medium",
         note="O(n): copies into a deque, uses deque.rotate, copies back out.",
         code='''\
from collections import deque

class Solution:
    def rotateRight(self, nums, k):
        d = deque(nums)
        if d:
            d.rotate(k % len(d))
        return list(d)
'''),
    dict(name="juggling-cycles", correct=True, time="medium", memory="lean",
         note="O(n) moves, O(1) extra memory: follows gcd(n, k) cycles, moving each element straight to its "
              "final position.",
         code='''\
from math import gcd

class Solution:
    def rotateRight(self, nums, k):
        n = len(nums)
        if n == 0 or k % n == 0:
            return nums
        k %= n
        for start in range(gcd(n, k)):
            carry = nums[start]
            pos = start
            while True:
                pos = (pos + k) % n
                nums[pos], carry = carry, nums[pos]
                if pos == start:
                    break
        return nums
'''),
    dict(name="position-dict", correct=True, time="medium", memory="hungry",
         note="O(n) but heavy: a dict from every new position to its value, read back in order.",
         code='''\
class Solution:
    def rotateRight(self, nums, k):
        n = len(nums)
        placed = {(i + k) % n: v for i, v in enumerate(nums)}
        return [placed[i] for i in range(n)]
'''),
    dict(name="pop-insert-steps", correct=True, time="slow", memory="lean",
         note="O(n * (k mod n)): moves the last element to the front one step at a time (each insert shifts "
              "the whole list).",
         code='''\
class Solution:
    def rotateRight(self, nums, k):
        if not nums:
            return nums
        for _ in range(k % len(nums)):
            nums.insert(0, nums.pop())
        return nums
'''),
    dict(name="no-modulo", correct=False,
         note="Wrong: slices with k itself, so for k >= len(nums) the slice nums[-k:] is the whole list and "
              "nothing rotates.",
         code='''\
class Solution:
    def rotateRight(self, nums, k):
        return nums[-k:] + nums[:-k]
'''),
]
