PROBLEM = dict(
    problem_id="smaller-classmates-count",
    title="Classmates Shorter Than Each Student",
    io="call",
    entry_point="shorterCounts",
    difficulty="easy",
    tags=["array", "sorting", "binary-search"],
    pattern="sorted-search",
    split="test",
    statement="""\
`heights[i]` is the height of student `i`. Return a list whose entry `i` is the number of students strictly
shorter than student `i`.

**Example.** `heights = [150, 162, 150, 140]` gives `[1, 3, 1, 0]`.

**Constraints.** `0 <= len(heights) <= 3000`, `0 <= heights[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def shorterCounts(self, heights: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[150, 162, 150, 140]],
    [[]],
    [[170]],
    [[5, 5, 5]],
    [[3, 2, 1]],
    [[0, 10**9, 0, 7]],
]


def perf_inputs(rng):
    return [[[rng.randint(0, 10**9) for _ in range(1300)]]]


SOLUTIONS = [
    dict(name="sort-once-bisect", correct=True, time="fast", reference=True,
         note="Sort the heights once; bisect_left on the sorted copy counts the shorter ones in O(log n) each.",
         code='''\
from bisect import bisect_left

class Solution:
    def shorterCounts(self, heights):
        ordered = sorted(heights)
        return [bisect_left(ordered, h) for h in heights]
'''),
    dict(name="sort-once-scan", correct=True, time="slow",
         note="Sorting once and then walking the sorted copy from the start for each student is still O(n^2).",
         code='''\
class Solution:
    def shorterCounts(self, heights):
        ordered = sorted(heights)
        result = []
        for h in heights:
            count = 0
            while count < len(ordered) and ordered[count] < h:
                count += 1
            result.append(count)
        return result
'''),
    dict(name="first-position-map", correct=True, time="fast",
         note="In the sorted copy a height's first position is the number of shorter students; a dict stores it: "
              "O(n log n).",
         code='''\
class Solution:
    def shorterCounts(self, heights):
        first = {}
        for i, h in enumerate(sorted(heights)):
            if h not in first:
                first[h] = i
        return [first[h] for h in heights]
'''),
    dict(name="counts-equal-too", correct=False,
         note="Wrong: bisect_right counts the students of equal height (and the student itself) as shorter.",
         code='''\
from bisect import bisect_right

class Solution:
    def shorterCounts(self, heights):
        ordered = sorted(heights)
        return [bisect_right(ordered, h) - 1 for h in heights]
'''),
]
