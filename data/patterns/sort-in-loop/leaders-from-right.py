PROBLEM = dict(
    problem_id="leaders-from-right",
    title="Towers That See the Sunset",
    io="call",
    entry_point="sunsetViews",
    difficulty="easy",
    tags=["array"],
    pattern="sort-in-loop",
    split="test",
    statement="""\
Towers stand in a row with the sunset to the right. Tower `i` sees it when it is strictly taller than every
tower to its right. Return the indices of those towers in increasing order.

**Example.** `heights = [4, 2, 3, 1]` gives `[0, 2, 3]`.

**Constraints.** `0 <= len(heights) <= 10^4`, `1 <= heights[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def sunsetViews(self, heights: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [[[4, 2, 3, 1]], [[]], [[5]], [[2, 2]], [[1, 2, 3]], [[3, 2, 1]]]


def perf_inputs(rng):
    return [[[rng.randint(1, 10**9) for _ in range(2500)]]]


SOLUTIONS = [
    dict(name="running-max-from-right", correct=True, time="fast", reference=True,
         note="Walk from the right keeping the tallest tower seen so far in one variable: O(n).",
         code='''\
class Solution:
    def sunsetViews(self, heights):
        out, tallest = [], 0
        for i in range(len(heights) - 1, -1, -1):
            if heights[i] > tallest:
                out.append(i)
                tallest = heights[i]
        return out[::-1]
'''),
    dict(name="stack", correct=True, time="fast",
         note="A stack of towers that still see the sunset; each new tower pops the ones it blocks: O(n).",
         code='''\
class Solution:
    def sunsetViews(self, heights):
        stack = []
        for i, h in enumerate(heights):
            while stack and heights[stack[-1]] <= h:
                stack.pop()
            stack.append(i)
        return stack
'''),
    dict(name="max-of-the-rest", correct=True, time="slow",
         note="Takes max over a slice of all towers to the right for every tower: O(n^2) where a running maximum is O(n).",
         code='''\
class Solution:
    def sunsetViews(self, heights):
        out = []
        for i in range(len(heights)):
            rest = heights[i + 1:]
            if not rest or heights[i] > max(rest):
                out.append(i)
        return out
'''),
    dict(name="ties-see", correct=False,
         note="Wrong: uses >=, so a tower as tall as one to its right is wrongly said to see the sunset.",
         code='''\
class Solution:
    def sunsetViews(self, heights):
        out, tallest = [], 0
        for i in range(len(heights) - 1, -1, -1):
            if heights[i] >= tallest:
                out.append(i)
                tallest = heights[i]
        return out[::-1]
'''),
]
