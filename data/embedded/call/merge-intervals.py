PROBLEM = dict(
    problem_id="merge-intervals",
    title="Merge Intervals",
    io="call",
    entry_point="mergeIntervals",
    difficulty="medium",
    tags=["array", "sorting", "intervals"],
    split="train",
    statement="""\
You are given a list of closed intervals `[start, end]` of integers, in no particular order. Two intervals
belong to the same group when they share at least one point (so `[1, 3]` and `[3, 6]` do share the point `3`),
and groups are joined transitively. Replace every group by the single interval from its smallest start to its
largest end, and return these merged intervals sorted by start.

**Example.** `intervals = [[8, 10], [1, 4], [2, 3], [4, 6], [12, 12]]` gives `[[1, 6], [8, 10], [12, 12]]`:
`[1, 4]` contains `[2, 3]` and touches `[4, 6]`, while `[8, 10]` and `[12, 12]` meet nothing else.

**Constraints.** `1 <= len(intervals) <= 3000`, `0 <= start <= end <= 10^5`.
""",
    starter_code="class Solution:\n    def mergeIntervals(self, intervals: List[List[int]]) -> List[List[int]]:\n",
)

EDGE_INPUTS = [
    [[[8, 10], [1, 4], [2, 3], [4, 6], [12, 12]]],
    [[[5, 5]]],
    [[[1, 3], [3, 6]]],
    [[[1, 2], [4, 5]]],
    [[[1, 10], [2, 3], [4, 5]]],
    [[[0, 0], [0, 0], [100000, 100000]]],
    [[[6, 9], [1, 2], [2, 4], [9, 11], [20, 30]]],
]


def perf_inputs(rng):
    def build(n, max_len):
        out = []
        for _ in range(n):
            a = rng.randint(0, 100_000)
            out.append([a, min(100_000, a + rng.randint(0, max_len))])
        return out

    return [[build(3000, 30)], [build(3000, 120)]]


SOLUTIONS = [
    dict(name="sort-and-sweep", correct=True, time="fast", memory="medium", reference=True,
         note="O(n log n) time: sort by start, extend the last merged interval or open a new one.",
         code='''\
class Solution:
    def mergeIntervals(self, intervals):
        merged = []
        for start, end in sorted(intervals):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged
'''),
    dict(name="sort-in-place", correct=True, time="fast", memory="lean",
         note="O(n log n) time, O(1) extra memory besides the answer: sorts the input list itself.",
         code='''\
class Solution:
    def mergeIntervals(self, intervals):
        intervals.sort(key=lambda iv: iv[0])
        out = []
        cur_start, cur_end = intervals[0]
        for s, e in intervals:
            if s > cur_end:
                out.append([cur_start, cur_end])
                cur_start, cur_end = s, e
            elif e > cur_end:
                cur_end = e
        out.append([cur_start, cur_end])
        return out
'''),
    dict(name="heap-of-starts", correct=True, time="fast", memory="medium",
         note="O(n log n) time: heapify (start, end) tuples and pop them in order.",
         code='''\
import heapq

class Solution:
    def mergeIntervals(self, intervals):
        heap = [(s, e) for s, e in intervals]
        heapq.heapify(heap)
        result = []
        while heap:
            s, e = heapq.heappop(heap)
            if result and s <= result[-1][1]:
                if e > result[-1][1]:
                    result[-1][1] = e
            else:
                result.append([s, e])
        return result
'''),
    dict(name="coverage-difference-array", correct=True, time="medium", memory="hungry",
         note="O(n + V) time and O(V) memory: a difference array over doubled coordinates (so a single point "
              "still counts), then one scan of the whole value range.",
         code='''\
class Solution:
    def mergeIntervals(self, intervals):
        hi = max(e for _, e in intervals)
        diff = [0] * (2 * hi + 3)
        for s, e in intervals:
            diff[2 * s] += 1
            diff[2 * e + 1] -= 1
        out = []
        cover = 0
        for x, d in enumerate(diff):
            if d:
                was = cover
                cover += d
                if was == 0 and cover > 0:
                    start = x // 2
                elif was > 0 and cover == 0:
                    out.append([start, (x - 1) // 2])
        return out
'''),
    dict(name="absorb-into-result", correct=True, time="slow", memory="lean",
         note="O(n * m) time with m merged groups: each interval swallows every overlapping result interval.",
         code='''\
class Solution:
    def mergeIntervals(self, intervals):
        result = []
        for s, e in intervals:
            keep = []
            for a, b in result:
                if b < s or e < a:
                    keep.append([a, b])
                else:
                    s, e = min(s, a), max(e, b)
            keep.append([s, e])
            result = keep
        result.sort()
        return result
'''),
    dict(name="union-find-all-pairs", correct=True, time="slow", memory="medium",
         note="O(n^2) time: union every pair of overlapping intervals, then take min/max per component.",
         code='''\
class Solution:
    def mergeIntervals(self, intervals):
        n = len(intervals)
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for i in range(n):
            si, ei = intervals[i]
            for j in range(i + 1, n):
                sj, ej = intervals[j]
                if si <= ej and sj <= ei:
                    parent[find(i)] = find(j)
        groups = {}
        for i, (s, e) in enumerate(intervals):
            r = find(i)
            lo, hi = groups.get(r, (s, e))
            groups[r] = (min(lo, s), max(hi, e))
        return sorted([lo, hi] for lo, hi in groups.values())
'''),
    dict(name="overwrite-end", correct=False,
         note="Wrong: after sorting it overwrites the running end with the new end instead of taking the "
              "maximum, so an interval nested inside an earlier one cuts the merged interval short.",
         code='''\
class Solution:
    def mergeIntervals(self, intervals):
        intervals = sorted(intervals)
        merged = [list(intervals[0])]
        for s, e in intervals[1:]:
            if s <= merged[-1][1]:
                merged[-1][1] = e
            else:
                merged.append([s, e])
        return merged
'''),
]
