PROBLEM = dict(
    problem_id="values-with-partner-k-above",
    title="Values With a Partner k Above",
    io="call",
    entry_point="countPartners",
    difficulty="easy",
    tags=["array", "hash-set"],
    pattern="list-membership",
    split="train",
    statement="""\
Given a list `nums` and an integer `k > 0`, return how many **distinct** values `x` of `nums` have `x + k` in
`nums` as well.

**Example.** `nums = [1, 3, 5, 3, 8]`, `k = 2` gives `2` (1 -> 3 and 3 -> 5).

**Constraints.** `0 <= len(nums) <= 4000`, `1 <= k <= 10^6`, `-10^6 <= nums[i] <= 10^6`.
""",
    starter_code="class Solution:\n    def countPartners(self, nums: List[int], k: int) -> int:\n",
)

EDGE_INPUTS = [
    [[1, 3, 5, 3, 8], 2],
    [[], 1],
    [[4], 1],
    [[1, 1, 2, 2], 1],
    [[5, 10], 5],
    [[10, 5], 4],
]


def perf_inputs(rng):
    nums = list({rng.randint(0, 10**6) for _ in range(2000)})
    rng.shuffle(nums)
    return [[nums, 7]]


SOLUTIONS = [
    dict(name="value-set", correct=True, time="fast", reference=True,
         note="Hash the values once; each partner test is O(1) on average, O(n) in all.",
         code='''\
class Solution:
    def countPartners(self, nums, k):
        values = set(nums)
        return sum(1 for x in values if x + k in values)
'''),
    dict(name="list-partner", correct=True, time="slow",
         note="`x + k in nums` (and the `done` list) scan lists for every value: O(n^2).",
         code='''\
class Solution:
    def countPartners(self, nums, k):
        done = []
        count = 0
        for x in nums:
            if x not in done:
                done.append(x)
                if x + k in nums:
                    count += 1
        return count
'''),
    dict(name="counts-repeats", correct=False,
         note="Wrong: a repeated value is counted once per occurrence instead of once.",
         code='''\
class Solution:
    def countPartners(self, nums, k):
        values = set(nums)
        return sum(1 for x in nums if x + k in values)
'''),
    dict(name="sorted-two-pointers", correct=True, time="fast",
         note="Sort the distinct values and move a second pointer forward: O(n log n).",
         code='''\
class Solution:
    def countPartners(self, nums, k):
        a = sorted(set(nums))
        j = count = 0
        for x in a:
            while j < len(a) and a[j] < x + k:
                j += 1
            if j < len(a) and a[j] == x + k:
                count += 1
        return count
'''),
]
