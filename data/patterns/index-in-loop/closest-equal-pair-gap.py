PROBLEM = dict(
    problem_id="closest-equal-pair-gap",
    title="Smallest Gap Between Equal Values",
    io="call",
    entry_point="smallestGap",
    difficulty="easy",
    tags=["array", "hash-table"],
    pattern="index-in-loop",
    split="test",
    statement="""\
Return the smallest `j - i` over index pairs `i < j` with `nums[i] == nums[j]`, or `-1` if all values differ.

**Example.** `nums = [7, 1, 3, 7, 1, 1]` gives `1` (the last two 1s).

**Constraints.** `0 <= len(nums) <= 3000`, `0 <= nums[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def smallestGap(self, nums: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[7, 1, 3, 7, 1, 1]],
    [[]],
    [[4]],
    [[4, 4]],
    [[1, 2, 3]],
    [[5, 9, 9, 1, 5]],
    [[2, 8, 2, 6, 6, 6, 2]],
]


def perf_inputs(rng):
    distinct = rng.sample(range(10**9), 1200)
    far = distinct + distinct[::-1]                      # every value repeats, but far away
    return [[far], [rng.sample(range(10**9), 2000)]]


SOLUTIONS = [
    dict(name="last-seen-dict", correct=True, time="fast", reference=True,
         note="Remember each value's latest index in a dict; a repeat is compared with it in O(1): O(n).",
         code='''\
class Solution:
    def smallestGap(self, nums):
        last = {}
        best = -1
        for j, x in enumerate(nums):
            if x in last and (best == -1 or j - last[x] < best):
                best = j - last[x]
            last[x] = j
        return best
'''),
    dict(name="index-next-copy", correct=True, time="slow",
         note="nums.index(x, i + 1) searches forward for the next copy at every position, often to the end: O(n^2).",
         code='''\
class Solution:
    def smallestGap(self, nums):
        best = -1
        for i in range(len(nums)):
            try:
                j = nums.index(nums[i], i + 1)
            except ValueError:
                continue
            if best == -1 or j - i < best:
                best = j - i
        return best
'''),
    dict(name="positions-lists", correct=True, time="fast",
         note="Group the indices of each value in one pass; neighbours in a group are the candidates: O(n).",
         code='''\
class Solution:
    def smallestGap(self, nums):
        groups = {}
        for i, x in enumerate(nums):
            groups.setdefault(x, []).append(i)
        gaps = [g[k + 1] - g[k] for g in groups.values() for k in range(len(g) - 1)]
        return min(gaps) if gaps else -1
'''),
    dict(name="first-to-last", correct=False,
         note="Wrong: measures from a value's first to its last occurrence, which skips closer copies in between.",
         code='''\
class Solution:
    def smallestGap(self, nums):
        first, last = {}, {}
        for i, x in enumerate(nums):
            first.setdefault(x, i)
            last[x] = i
        gaps = [last[x] - first[x] for x in first if last[x] > first[x]]
        return min(gaps) if gaps else -1
'''),
]
