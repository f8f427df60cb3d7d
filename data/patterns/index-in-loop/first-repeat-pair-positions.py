PROBLEM = dict(
    problem_id="first-repeat-pair-positions",
    title="Where the First Repeat Happens",
    io="call",
    entry_point="firstRepeat",
    difficulty="easy",
    tags=["array", "hash-table"],
    pattern="index-in-loop",
    split="train",
    statement="""\
Scan `nums` from left to right and stop at the first index `j` whose value already appeared earlier. Return
`[i, j]` where `i` is the first index of that value, or `[]` if no value repeats.

**Example.** `nums = [4, 8, 8, 4]` gives `[1, 2]` (8 repeats at index 2, before 4 repeats at index 3).

**Constraints.** `0 <= len(nums) <= 5000`, `0 <= nums[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def firstRepeat(self, nums: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[4, 8, 8, 4]],
    [[]],
    [[1]],
    [[1, 2, 3]],
    [[6, 6]],
    [[3, 1, 4, 1, 3]],
]


def perf_inputs(rng):
    distinct = rng.sample(range(10**9), 2400)
    late = distinct + [distinct[1200]]
    return [[late], [distinct[:1600]]]


SOLUTIONS = [
    dict(name="first-index-dict", correct=True, time="fast", reference=True,
         note="Remember each value's first index in a dict as you go; the first hit is the answer: O(n).",
         code='''\
class Solution:
    def firstRepeat(self, nums):
        first = {}
        for j, x in enumerate(nums):
            if x in first:
                return [first[x], j]
            first[x] = j
        return []
'''),
    dict(name="index-each", correct=True, time="slow",
         note="nums.index(x) searches from the start at every position to see if x came earlier: O(n^2).",
         code='''\
class Solution:
    def firstRepeat(self, nums):
        for j in range(len(nums)):
            i = nums.index(nums[j])
            if i < j:
                return [i, j]
        return []
'''),
    dict(name="seen-then-dict", correct=True, time="fast",
         note="The same single pass, storing the first index with setdefault: O(n).",
         code='''\
class Solution:
    def firstRepeat(self, nums):
        first = {}
        for j, x in enumerate(nums):
            i = first.setdefault(x, j)
            if i != j:
                return [i, j]
        return []
'''),
    dict(name="earliest-first-copy", correct=False,
         note="Wrong: returns the value whose first copy is earliest, not the repeat that happens first.",
         code='''\
class Solution:
    def firstRepeat(self, nums):
        last = {}
        for j, x in enumerate(nums):
            last[x] = j
        for i, x in enumerate(nums):
            if last[x] != i:
                j = nums.index(x, i + 1)
                return [i, j]
        return []
'''),
]
