PROBLEM = dict(
    problem_id="three-equal-sum-parts",
    title="Three Parts With Equal Sums",
    io="call",
    entry_point="canSplitThree",
    difficulty="easy",
    tags=["array", "prefix-sum"],
    pattern="prefix-sums",
    split="train",
    statement="""\
Return `True` if `nums` can be cut into three non-empty consecutive parts whose sums are all equal, else
`False`.

**Example.** `nums = [1, 2, 3, 0, 3]` gives `True`: `[1, 2]`, `[3]` and `[0, 3]` each sum to 3.

**Constraints.** `0 <= len(nums) <= 500`, `-10^4 <= nums[i] <= 10^4`.
""",
    starter_code="class Solution:\n    def canSplitThree(self, nums: List[int]) -> bool:\n",
)

EDGE_INPUTS = [
    [[1, 2, 3, 0, 3]],
    [[]],
    [[0, 0]],
    [[0, 0, 0]],
    [[1, -1, 0]],
    [[2, 2, 2, 2]],
    [[3, 3, 3]],
]


def perf_inputs(rng):
    return [[[rng.randint(-10**4, 10**4) for _ in range(240)]]]


SOLUTIONS = [
    dict(name="running-target", correct=True, time="fast", reference=True,
         note="Each part must sum to total / 3: one running sum finds the first cut, then the second: O(n).",
         code='''\
class Solution:
    def canSplitThree(self, nums):
        total = sum(nums)
        if total % 3:
            return False
        target = total // 3
        run, found = 0, 0
        for i in range(len(nums) - 1):         # the last part keeps at least the last element
            run += nums[i]
            if found == 0 and run == target:
                found = 1
            elif found == 1 and run == 2 * target:
                return True
        return False
'''),
    dict(name="try-every-cut-pair", correct=True, time="slow",
         note="All three part sums are re-added for every pair of cuts: O(n) per pair, O(n^3) in all.",
         code='''\
class Solution:
    def canSplitThree(self, nums):
        n = len(nums)
        for i in range(1, n - 1):
            for j in range(i + 1, n):
                if sum(nums[:i]) == sum(nums[i:j]) == sum(nums[j:]):
                    return True
        return False
'''),
    dict(name="empty-last-part", correct=False,
         note="Wrong: lets the second cut fall after the last element, so the third part may be empty.",
         code='''\
class Solution:
    def canSplitThree(self, nums):
        total = sum(nums)
        if total % 3:
            return False
        target = total // 3
        run, found = 0, 0
        for x in nums:
            run += x
            if found == 0 and run == target:
                found = 1
            elif found == 1 and run == 2 * target:
                return True
        return False
'''),
    dict(name="prefix-table", correct=True, time="fast",
         note="A prefix table turns every part sum into a subtraction; find the first cut, then any later one: O(n).",
         code='''\
class Solution:
    def canSplitThree(self, nums):
        n = len(nums)
        prefix = [0]
        for x in nums:
            prefix.append(prefix[-1] + x)
        total = prefix[n]
        if n < 3 or total % 3:
            return False
        t = total // 3
        firsts = [i for i in range(1, n - 1) if prefix[i] == t]
        return bool(firsts) and any(prefix[j] == 2 * t for j in range(firsts[0] + 1, n))
'''),
]
