PROBLEM = dict(
    problem_id="best-front-back-pair",
    title="Best Front-and-Back Pair",
    io="call",
    entry_point="bestPair",
    difficulty="easy",
    tags=["array", "two-pointers"],
    pattern="pop-front",
    split="test",
    statement="""\
`nums` has an even length. Pair the first element with the last, the second with the second-to-last, and so
on. Return the largest pair sum (0 for an empty list).

**Example.** `nums = [3, 5, 2, 3]` gives `7` (pairs 3+3 and 5+2).

**Constraints.** `0 <= len(nums) <= 6 * 10^4`, the length is even, `-10^6 <= nums[i] <= 10^6`.
""",
    starter_code="class Solution:\n    def bestPair(self, nums: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[3, 5, 2, 3]],
    [[]],
    [[1, 2]],
    [[-5, -6]],
    [[-1, -2, -3, -4]],
    [[1, 9, 0, 1, 8, 2]],
]


def perf_inputs(rng):
    return [[[rng.randint(-10**6, 10**6) for _ in range(40000)]]]


SOLUTIONS = [
    dict(name="two-indices", correct=True, time="fast", reference=True,
         note="Read the pairs with two indices moving inward; nothing is removed: O(n).",
         code='''\
class Solution:
    def bestPair(self, nums):
        n = len(nums)
        return max((nums[i] + nums[n - 1 - i] for i in range(n // 2)), default=0)
'''),
    dict(name="pop-both-ends", correct=True, time="slow",
         note="`pop()` is O(1) but `pop(0)` shifts the whole list each time: O(n^2) in all.",
         code='''\
class Solution:
    def bestPair(self, nums):
        best = None
        while nums:
            s = nums.pop(0) + nums.pop()
            if best is None or s > best:
                best = s
        return 0 if best is None else best
'''),
    dict(name="starts-at-zero", correct=False,
         note="Wrong: starts the running best at 0, so all-negative pair sums return 0.",
         code='''\
class Solution:
    def bestPair(self, nums):
        best, n = 0, len(nums)
        for i in range(n // 2):
            best = max(best, nums[i] + nums[n - 1 - i])
        return best
'''),
    dict(name="zip-reversed", correct=True, time="fast",
         note="zip the first half with the reversed second half: O(n), all in C iterators.",
         code='''\
class Solution:
    def bestPair(self, nums):
        h = len(nums) // 2
        return max(map(sum, zip(nums[:h], reversed(nums[h:]))), default=0)
'''),
]
