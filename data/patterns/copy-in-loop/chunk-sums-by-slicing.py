PROBLEM = dict(
    problem_id="chunk-sums-by-slicing",
    title="Sums of Consecutive Chunks",
    io="call",
    entry_point="chunkSums",
    difficulty="easy",
    tags=["array"],
    pattern="copy-in-loop",
    split="train",
    statement="""\
Cut `nums` into consecutive chunks of `k` elements (the last chunk may be shorter) and return the sum of each
chunk, in order.

**Example.** `nums = [1, 2, 3, 4, 5]`, `k = 2` gives `[3, 7, 5]`.

**Constraints.** `0 <= len(nums) <= 2 * 10^4`, `1 <= k <= 100`, `-10^6 <= nums[i] <= 10^6`.
""",
    starter_code="class Solution:\n    def chunkSums(self, nums: List[int], k: int) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[1, 2, 3, 4, 5], 2],
    [[], 3],
    [[7], 1],
    [[7], 5],
    [[1, 1, 1, 1], 2],
    [[-1, 2, -3, 4, -5, 6, 7], 3],
]


def perf_inputs(rng):
    return [[[rng.randint(-10**6, 10**6) for _ in range(9000)], 2]]


SOLUTIONS = [
    dict(name="range-step", correct=True, time="fast", reference=True,
         note="Step an index by k and sum each short slice: every element is copied once, O(n).",
         code='''\
class Solution:
    def chunkSums(self, nums, k):
        return [sum(nums[i:i + k]) for i in range(0, len(nums), k)]
'''),
    dict(name="chop-front", correct=True, time="slow",
         note="nums = nums[k:] copies the whole unread rest after every chunk: O(n^2 / k).",
         code='''\
class Solution:
    def chunkSums(self, nums, k):
        sums = []
        while nums:
            sums.append(sum(nums[:k]))
            nums = nums[k:]
        return sums
'''),
    dict(name="running-total", correct=True, time="fast",
         note="One pass adding into the current chunk's total, closing it every k elements: O(n).",
         code='''\
class Solution:
    def chunkSums(self, nums, k):
        sums = []
        total = 0
        for i, x in enumerate(nums):
            total += x
            if (i + 1) % k == 0:
                sums.append(total)
                total = 0
        if len(nums) % k:
            sums.append(total)
        return sums
'''),
    dict(name="drops-short-tail", correct=False,
         note="Wrong: only full chunks are summed, so a shorter last chunk is lost.",
         code='''\
class Solution:
    def chunkSums(self, nums, k):
        return [sum(nums[i:i + k]) for i in range(0, len(nums) - k + 1, k)]
'''),
]
