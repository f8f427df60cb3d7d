PROBLEM = dict(
    problem_id="dedupe-keep-first",
    title="Dedupe, Keeping First Occurrences",
    io="call",
    entry_point="dedupe",
    difficulty="easy",
    tags=["array", "hash-set"],
    pattern="list-membership",
    split="train",
    statement="""\
Remove repeated values from `nums`: keep only the first occurrence of each value, in the original order.

**Example.** `nums = [3, 1, 3, 2, 1]` gives `[3, 1, 2]`.

**Constraints.** `0 <= len(nums) <= 5000`, `-10^9 <= nums[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def dedupe(self, nums: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[3, 1, 3, 2, 1]],
    [[]],
    [[7]],
    [[5, 5, 5]],
    [[3, 2, 1]],
    [[-1, 1, -1, 0, 1]],
]


def perf_inputs(rng):
    return [[[rng.randint(-10**9, 10**9) for _ in range(2800)]],
            [[rng.randint(0, 2000) for _ in range(2800)]]]


SOLUTIONS = [
    dict(name="seen-set", correct=True, time="fast", reference=True,
         note="Track seen values in a set: O(1) average per check, O(n) in all.",
         code='''\
class Solution:
    def dedupe(self, nums):
        seen = set()
        out = []
        for x in nums:
            if x not in seen:
                seen.add(x)
                out.append(x)
        return out
'''),
    dict(name="check-output-list", correct=True, time="slow",
         note="`x not in out` scans the output list, which grows to n: O(n^2) when most values are distinct.",
         code='''\
class Solution:
    def dedupe(self, nums):
        out = []
        for x in nums:
            if x not in out:
                out.append(x)
        return out
'''),
    dict(name="sorted-set", correct=False,
         note="Wrong: sorted(set(nums)) drops duplicates but loses the original order.",
         code='''\
class Solution:
    def dedupe(self, nums):
        return sorted(set(nums))
'''),
    dict(name="dict-fromkeys", correct=True, time="fast",
         note="dict.fromkeys keeps insertion order and drops repeats in one O(n) pass.",
         code='''\
class Solution:
    def dedupe(self, nums):
        return list(dict.fromkeys(nums))
'''),
]
