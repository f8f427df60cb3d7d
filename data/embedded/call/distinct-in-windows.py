PROBLEM = dict(
    problem_id="distinct-in-windows",
    title="Distinct Values in Every Window",
    io="call",
    entry_point="distinctPerWindow",
    difficulty="medium",
    tags=["array", "sliding-window", "hash-table"],
    split="train",
    statement="""\
Slide a window of width `k` across the list `nums`, one step at a time. For each of the `len(nums) - k + 1`
window positions, from left to right, report how many different values the window contains.

**Example.** `nums = [5, 1, 5, 2, 2, 2, 7]`, `k = 3` gives `[2, 3, 2, 1, 2]`: the windows are `[5, 1, 5]`,
`[1, 5, 2]`, `[5, 2, 2]`, `[2, 2, 2]` and `[2, 2, 7]`.

**Constraints.** `1 <= k <= len(nums) <= 20000`, `-10^6 <= nums[i] <= 10^6`.
""",
    starter_code="class Solution:\n    def distinctPerWindow(self, nums: List[int], k: int) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[5, 1, 5, 2, 2, 2, 7], 3],
    [[9], 1],
    [[4, 4, 4, 4], 2],
    [[1, 2, 3, 4], 4],
    [[1, 2, 3, 4], 1],
    [[-1, 1, -1, 1, 0], 2],
    [[3, 1, 3, 1, 3, 2], 5],
]


def perf_inputs(rng):
    n = 20000
    wide = [rng.randint(-10**6, 10**6) for _ in range(n)]
    narrow = [rng.randint(0, 150) for _ in range(n)]
    return [[wide, 250], [narrow, 900]]


SOLUTIONS = [
    dict(name="sliding-counts", correct=True, time="fast", memory="lean", reference=True,
         note="O(n) time, O(k) memory: a dict of counts for the current window; a key is deleted at zero.",
         code='''\
class Solution:
    def distinctPerWindow(self, nums, k):
        counts = {}
        for x in nums[:k]:
            counts[x] = counts.get(x, 0) + 1
        out = [len(counts)]
        for i in range(k, len(nums)):
            counts[nums[i]] = counts.get(nums[i], 0) + 1
            old = nums[i - k]
            counts[old] -= 1
            if counts[old] == 0:
                del counts[old]
            out.append(len(counts))
        return out
'''),
    dict(name="counter-running-total", correct=True, time="fast", memory="medium",
         note="O(n): a Counter plus a running number of values whose count is positive; zero counts stay in "
              "the Counter, so it grows with the number of distinct values seen.",
         code='''\
from collections import Counter

class Solution:
    def distinctPerWindow(self, nums, k):
        cnt = Counter()
        distinct = 0
        res = []
        for i, x in enumerate(nums):
            if cnt[x] == 0:
                distinct += 1
            cnt[x] += 1
            if i >= k:
                y = nums[i - k]
                cnt[y] -= 1
                if cnt[y] == 0:
                    distinct -= 1
            if i >= k - 1:
                res.append(distinct)
        return res
'''),
    dict(name="previous-occurrence", correct=True, time="fast", memory="hungry",
         note="O(n) time, O(n) memory: prev[i] / nxt[i] = index of the previous / next copy of nums[i]; the "
              "entering value is new when its previous copy is outside the window, the leaving value "
              "disappears when its next copy is outside too.",
         code='''\
class Solution:
    def distinctPerWindow(self, nums, k):
        n = len(nums)
        last = {}
        prev = [-1] * n
        for i, x in enumerate(nums):
            prev[i] = last.get(x, -1)
            last[x] = i
        nxt = [n] * n
        for i in range(n):
            if prev[i] >= 0:
                nxt[prev[i]] = i
        cur = sum(1 for i in range(k) if prev[i] < 0)
        answer = [cur]
        for i in range(k, n):
            if prev[i] < i - k:
                cur += 1
            if nxt[i - k] > i:
                cur -= 1
            answer.append(cur)
        return answer
'''),
    dict(name="sorted-pairs-links", correct=True, time="medium", memory="hungry",
         note="O(n log n): sorts (value, index) pairs so equal values sit together, links each index to the "
              "previous and next copy of its value, then slides the window using those links.",
         code='''\
class Solution:
    def distinctPerWindow(self, nums, k):
        n = len(nums)
        pairs = sorted((x, i) for i, x in enumerate(nums))
        prev = [-1] * n
        nxt = [n] * n
        for (a, i), (b, j) in zip(pairs, pairs[1:]):
            if a == b:
                prev[j] = i
                nxt[i] = j
        window = len(set(nums[:k]))
        res = [window]
        for end in range(k, n):
            start = end - k
            if prev[end] < start:       # entering value not already in nums[start:end]
                window += 1
            if nxt[start] > end:        # leaving value has no other copy in nums[start+1:end+1]
                window -= 1
            res.append(window)
        return res
'''),
    dict(name="set-of-slice", correct=True, time="slow", memory="lean",
         note="O(n * k): builds a set from every window slice.",
         code='''\
class Solution:
    def distinctPerWindow(self, nums, k):
        return [len(set(nums[i:i + k])) for i in range(len(nums) - k + 1)]
'''),
    dict(name="sorted-slice-scan", correct=True, time="slow", memory="lean",
         note="O(n * k log k): sorts every window and counts value changes.",
         code='''\
class Solution:
    def distinctPerWindow(self, nums, k):
        result = []
        for i in range(len(nums) - k + 1):
            w = sorted(nums[i:i + k])
            result.append(1 + sum(1 for a, b in zip(w, w[1:]) if a != b))
        return result
'''),
    dict(name="zero-counts-kept", correct=False,
         note="Wrong: decrements the leaving value but never deletes keys at zero, so len(dict) overcounts.",
         code='''\
from collections import defaultdict

class Solution:
    def distinctPerWindow(self, nums, k):
        counts = defaultdict(int)
        for x in nums[:k]:
            counts[x] += 1
        out = [len(counts)]
        for i in range(k, len(nums)):
            counts[nums[i]] += 1
            counts[nums[i - k]] -= 1
            out.append(len(counts))
        return out
'''),
]
