PROBLEM = dict(
    problem_id="count-inversions",
    title="Count Inversions",
    io="call",
    entry_point="countInversions",
    difficulty="hard",
    tags=["array", "divide-and-conquer", "merge-sort", "binary-indexed-tree"],
    split="test",
    statement="""\
An *inversion* in a list `nums` is a pair of positions `i < j` with `nums[i] > nums[j]` (strictly greater: equal
values never form an inversion). Return the number of inversions in `nums`.

**Example.** `nums = [4, 1, 3, 1, 2]` gives `6`: the pairs of values are `(4, 1)`, `(4, 3)`, `(4, 1)`, `(4, 2)`,
`(3, 1)` and `(3, 2)`. The two `1`s do not count against each other.

**Constraints.** `1 <= len(nums) <= 3000`, `0 <= nums[i] <= 10^6`.
""",
    starter_code="class Solution:\n    def countInversions(self, nums: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[4, 1, 3, 1, 2]],
    [[7]],
    [[1, 2, 3, 4, 5]],
    [[5, 4, 3, 2, 1]],
    [[2, 2, 2, 2]],
    [[2, 2, 1]],
    [[0, 1000000, 0, 1000000]],
    [[3, 1, 2, 3, 1, 2, 0]],
]


def perf_inputs(rng):
    n = 3000
    noisy = [rng.randint(0, 1_000_000) for _ in range(n)]
    repeats = [rng.randint(0, 50) for _ in range(n)]
    falling = [1_000_000 - 300 * i + rng.randint(0, 900) for i in range(n)]
    return [[noisy], [repeats], [falling]]


SOLUTIONS = [
    dict(name="bottom-up-merge", correct=True, time="fast", memory="lean", reference=True,
         note="O(n log n) time, O(n) memory: iterative merge sort with one scratch buffer; when a right-half "
              "value is placed first, every value left in the left half forms an inversion with it.",
         code='''\
class Solution:
    def countInversions(self, nums):
        a = list(nums)
        n = len(a)
        buf = [0] * n
        count = 0
        width = 1
        while width < n:
            for lo in range(0, n, 2 * width):
                mid = min(lo + width, n)
                hi = min(lo + 2 * width, n)
                i, j, k = lo, mid, lo
                while i < mid and j < hi:
                    if a[i] <= a[j]:
                        buf[k] = a[i]
                        i += 1
                    else:
                        buf[k] = a[j]
                        j += 1
                        count += mid - i
                    k += 1
                buf[k:hi] = a[i:mid] if i < mid else a[j:hi]
            a, buf = buf, a
            width *= 2
        return count
'''),
    dict(name="recursive-merge", correct=True, time="fast", memory="medium",
         note="O(n log n) time: top-down merge sort on slices, returning (sorted list, count).",
         code='''\
class Solution:
    def countInversions(self, nums):
        def sort(arr):
            if len(arr) <= 1:
                return arr, 0
            mid = len(arr) // 2
            left, x = sort(arr[:mid])
            right, y = sort(arr[mid:])
            merged, i, j, cross = [], 0, 0, 0
            while i < len(left) and j < len(right):
                if left[i] <= right[j]:
                    merged.append(left[i]); i += 1
                else:
                    merged.append(right[j]); j += 1
                    cross += len(left) - i
            merged += left[i:]
            merged += right[j:]
            return merged, x + y + cross
        return sort(list(nums))[1]
'''),
    dict(name="fenwick-compressed", correct=True, time="fast", memory="medium",
         note="O(n log n) time, O(n) memory: ranks via sorted distinct values, a Fenwick tree counts larger "
              "values already seen.",
         code='''\
class Solution:
    def countInversions(self, nums):
        rank = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
        m = len(rank)
        tree = [0] * (m + 1)
        total = 0
        for seen, v in enumerate(nums):
            r = rank[v]
            i, le = r, 0
            while i > 0:
                le += tree[i]
                i -= i & -i
            total += seen - le
            while r <= m:
                tree[r] += 1
                r += r & -r
        return total
'''),
    dict(name="fenwick-by-value", correct=True, time="fast", memory="hungry",
         note="O(n log V) time, O(V) memory: no compression, a Fenwick tree over the whole value range 0..10^6.",
         code='''\
class Solution:
    def countInversions(self, nums):
        size = max(nums) + 2
        tree = [0] * (size + 1)
        total = 0
        for seen, v in enumerate(nums):
            i, le = v + 1, 0
            while i > 0:
                le += tree[i]
                i -= i & -i
            total += seen - le
            i = v + 1
            while i <= size:
                tree[i] += 1
                i += i & -i
        return total
'''),
    dict(name="insort-ranks", correct=True, time="fast", memory="lean",
         note="O(n^2) element moves in the worst case, but done by memmove inside bisect.insort; O(n log n) "
              "comparisons.",
         code='''\
import bisect

class Solution:
    def countInversions(self, nums):
        seen = []
        total = 0
        for v in nums:
            total += len(seen) - bisect.bisect_right(seen, v)
            bisect.insort(seen, v)
        return total
'''),
    dict(name="all-pairs", correct=True, time="slow", memory="lean",
         note="O(n^2) time, O(1) memory: compare every pair.",
         code='''\
class Solution:
    def countInversions(self, nums):
        n = len(nums)
        count = 0
        for i in range(n):
            for j in range(i + 1, n):
                if nums[i] > nums[j]:
                    count += 1
        return count
'''),
    dict(name="count-smaller-after", correct=True, time="slow", memory="lean",
         note="O(n^2) time: for each value, a generator counts the smaller values to its right.",
         code='''\
class Solution:
    def countInversions(self, nums):
        return sum(sum(1 for y in nums[i + 1:] if y < x) for i, x in enumerate(nums))
'''),
    dict(name="merge-counts-ties", correct=False,
         note="Wrong: merges with a strict comparison, so on equal values it takes the right one first and "
              "counts ties as inversions.",
         code='''\
class Solution:
    def countInversions(self, nums):
        def sort(arr):
            if len(arr) < 2:
                return arr, 0
            mid = len(arr) // 2
            left, a = sort(arr[:mid])
            right, b = sort(arr[mid:])
            out, i, j, c = [], 0, 0, 0
            while i < len(left) and j < len(right):
                if left[i] < right[j]:
                    out.append(left[i]); i += 1
                else:
                    out.append(right[j]); j += 1
                    c += len(left) - i
            out.extend(left[i:]); out.extend(right[j:])
            return out, a + b + c
        return sort(nums)[1]
'''),
]
