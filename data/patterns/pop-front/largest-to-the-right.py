PROBLEM = dict(
    problem_id="largest-to-the-right",
    title="Largest Value From Here On",
    io="call",
    entry_point="suffixMax",
    difficulty="easy",
    tags=["array"],
    pattern="pop-front",
    split="train",
    statement="""\
Return a list whose entry `i` is the largest of `nums[i], nums[i+1], ..., nums[-1]`.

**Example.** `nums = [2, 9, 4, 5, 1]` gives `[9, 9, 5, 5, 1]`.

**Constraints.** `0 <= len(nums) <= 3 * 10^4`, `-10^9 <= nums[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def suffixMax(self, nums: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[2, 9, 4, 5, 1]],
    [[]],
    [[3]],
    [[1, 2, 3]],
    [[3, 2, 1]],
    [[-5, -5, -7]],
]


def perf_inputs(rng):
    return [[[rng.randint(-10**9, 10**9) for _ in range(16000)]]]


SOLUTIONS = [
    dict(name="fill-by-index", correct=True, time="fast", reference=True,
         note="Scan from the right and write each answer into its own slot: O(n).",
         code='''\
class Solution:
    def suffixMax(self, nums):
        out = [0] * len(nums)
        best = None
        for i in range(len(nums) - 1, -1, -1):
            if best is None or nums[i] > best:
                best = nums[i]
            out[i] = best
        return out
'''),
    dict(name="insert-front", correct=True, time="slow",
         note="`out.insert(0, best)` shifts every answer found so far: O(n) per entry, O(n^2) in all.",
         code='''\
class Solution:
    def suffixMax(self, nums):
        out = []
        best = None
        for x in reversed(nums):
            if best is None or x > best:
                best = x
            out.insert(0, best)
        return out
'''),
    dict(name="prefix-max", correct=False,
         note="Wrong: scans from the left, which gives the largest value up to i, not from i on.",
         code='''\
class Solution:
    def suffixMax(self, nums):
        out, best = [], None
        for x in nums:
            best = x if best is None or x > best else best
            out.append(best)
        return out
'''),
    dict(name="append-reverse", correct=True, time="fast",
         note="Append the answers while scanning from the right, then reverse once: O(n).",
         code='''\
class Solution:
    def suffixMax(self, nums):
        out = []
        for x in reversed(nums):
            out.append(x if not out or x > out[-1] else out[-1])
        out.reverse()
        return out
'''),
]
