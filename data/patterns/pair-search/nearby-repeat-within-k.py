PROBLEM = dict(
    problem_id="nearby-repeat-within-k",
    title="A Repeat Within k Steps",
    io="call",
    entry_point="repeatsNearby",
    difficulty="easy",
    tags=["array", "hash-table", "sliding-window"],
    pattern="pair-search",
    split="test",
    statement="""\
Return `True` when some value occurs at two positions `i < j` with `j - i <= k`, else `False`.

**Example.** `nums = [4, 1, 2, 4, 1]`, `k = 2` gives `False`; with `k = 3` it gives `True`.

**Constraints.** `0 <= len(nums) <= 3000`, `0 <= k <= 3000`, `0 <= nums[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def repeatsNearby(self, nums: List[int], k: int) -> bool:\n",
)

EDGE_INPUTS = [
    [[4, 1, 2, 4, 1], 2],
    [[4, 1, 2, 4, 1], 3],
    [[], 1],
    [[1, 1], 0],
    [[1, 1], 1],
    [[1, 2, 1, 9, 9, 1], 1],
    [[1, 5, 6, 1, 1], 1],
    [[7, 8, 7], 5],
]


def perf_inputs(rng):
    nums = rng.sample(range(10**9), 900)
    return [[nums + nums, 899]]


SOLUTIONS = [
    dict(name="last-position", correct=True, time="fast", reference=True,
         note="Only the latest earlier copy matters; a dict of last positions checks each entry in O(1).",
         code='''\
class Solution:
    def repeatsNearby(self, nums, k):
        last = {}
        for j, x in enumerate(nums):
            if x in last and j - last[x] <= k:
                return True
            last[x] = j
        return False
'''),
    dict(name="window-set", correct=True, time="fast",
         note="Keep a set of the last k values, dropping the one that leaves the window: O(n).",
         code='''\
class Solution:
    def repeatsNearby(self, nums, k):
        window = set()
        for j, x in enumerate(nums):
            if x in window:
                return True
            window.add(x)
            if j - k >= 0:
                window.discard(nums[j - k])
        return False
'''),
    dict(name="scan-next-k", correct=True, time="slow",
         note="Compares each entry with the next k entries: O(n * k), quadratic when k is large.",
         code='''\
class Solution:
    def repeatsNearby(self, nums, k):
        for i in range(len(nums)):
            for j in range(i + 1, min(len(nums), i + k + 1)):
                if nums[i] == nums[j]:
                    return True
        return False
'''),
    dict(name="first-position", correct=False,
         note="Wrong: remembers only the first position of each value, so a later, closer copy is measured from too far.",
         code='''\
class Solution:
    def repeatsNearby(self, nums, k):
        first = {}
        for j, x in enumerate(nums):
            if x in first and j - first[x] <= k:
                return True
            first.setdefault(x, j)
        return False
'''),
]
