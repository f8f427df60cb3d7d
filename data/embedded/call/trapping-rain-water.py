PROBLEM = dict(
    problem_id="trapping-rain-water",
    title="Rain Water Between Bars",
    io="call",
    entry_point="trap",
    difficulty="hard",
    tags=["array", "two-pointers", "stack", "prefix-sum"],
    split="train",
    statement="""\
A row of bars of width 1 stands side by side; bar `i` has height `height[i]`. After heavy rain, water settles
wherever it is held in on both sides by taller bars. Water above position `i` rises to the lower of the highest
bar on its left (including itself) and the highest bar on its right (including itself). Return the total volume
of water held, in unit squares.

**Example.** `height = [3, 0, 1, 0, 4, 1, 2]` gives `9`: positions 1, 2, 3 hold `3, 2, 3` units (walls of
height 3 and 4) and position 5 holds `1` unit (walls of height 4 and 2).

**Constraints.** `0 <= len(height) <= 7000`, `0 <= height[i] <= 10^5`.
""",
    starter_code="class Solution:\n    def trap(self, height: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[3, 0, 1, 0, 4, 1, 2]],
    [[]],
    [[5]],
    [[2, 7]],
    [[1, 2, 3, 4, 5]],
    [[5, 4, 3, 2, 1]],
    [[3, 0, 5]],
    [[4, 1, 1, 4, 0, 2, 6, 0, 0, 6]],
]


def perf_inputs(rng):
    n = 7000
    noisy = [rng.randint(0, 100_000) for _ in range(n)]
    half = n // 2                            # a bumpy valley: high at both ends, low in the middle
    valley = [abs(i - half) * 10 + rng.randint(0, 3000) for i in range(n)]
    return [[noisy], [valley]]


SOLUTIONS = [
    dict(name="two-pointers", correct=True, time="fast", memory="lean", reference=True,
         note="O(n) time, O(1) memory: always advance the side with the lower wall so far.",
         code='''\
class Solution:
    def trap(self, height):
        lo, hi = 0, len(height) - 1
        left_max = right_max = water = 0
        while lo < hi:
            if height[lo] < height[hi]:
                left_max = max(left_max, height[lo])
                water += left_max - height[lo]
                lo += 1
            else:
                right_max = max(right_max, height[hi])
                water += right_max - height[hi]
                hi -= 1
        return water
'''),
    dict(name="prefix-suffix-arrays", correct=True, time="fast", memory="hungry",
         note="O(n) time and memory: highest bar left and right of every position, zipped into tuples, plus a water list.",
         code='''\
class Solution:
    def trap(self, height):
        n = len(height)
        if n == 0:
            return 0
        left = [0] * n
        right = [0] * n
        left[0] = height[0]
        for i in range(1, n):
            left[i] = max(left[i - 1], height[i])
        right[-1] = height[-1]
        for i in range(n - 2, -1, -1):
            right[i] = max(right[i + 1], height[i])
        columns = list(zip(left, right, height))
        water = [min(l, r) - h for l, r, h in columns]
        return sum(water)
'''),
    dict(name="accumulate-max", correct=True, time="fast", memory="medium",
         note="O(n) time, O(n) memory: running maxima from both ends with itertools.accumulate.",
         code='''\
from itertools import accumulate

class Solution:
    def trap(self, height):
        left = list(accumulate(height, max))
        right = list(accumulate(reversed(height), max))[::-1]
        return sum(min(l, r) - h for l, r, h in zip(left, right, height))
'''),
    dict(name="monotonic-stack", correct=True, time="fast", memory="medium",
         note="O(n) time: a stack of decreasing bars; each pop fills one horizontal layer of water.",
         code='''\
class Solution:
    def trap(self, height):
        stack = []
        water = 0
        for i, h in enumerate(height):
            while stack and height[stack[-1]] < h:
                bottom = height[stack.pop()]
                if not stack:
                    break
                j = stack[-1]
                water += (min(height[j], h) - bottom) * (i - j - 1)
            stack.append(i)
        return water
'''),
    dict(name="slice-max-each-position", correct=True, time="slow", memory="medium",
         note="O(n^2) time: for every position, max() over copies of the left and the right part.",
         code='''\
class Solution:
    def trap(self, height):
        total = 0
        for i in range(1, len(height) - 1):
            level = min(max(height[:i + 1]), max(height[i:]))
            total += level - height[i]
        return total
'''),
    dict(name="running-left-rescan-right", correct=True, time="slow", memory="medium",
         note="O(n^2) time: keeps the left maximum as it goes but recomputes the right maximum every step.",
         code='''\
class Solution:
    def trap(self, height):
        total = 0
        left_best = 0
        for i, h in enumerate(height):
            left_best = max(left_best, h)
            right_best = max(height[i:])
            total += min(left_best, right_best) - h
        return total
'''),
    dict(name="split-at-peak", correct=True, time="fast", memory="lean",
         note="O(n) time, O(1) memory: from each end towards the highest bar, water is the running max minus the bar.",
         code='''\
class Solution:
    def trap(self, height):
        if not height:
            return 0
        peak = height.index(max(height))
        water = 0
        best = 0
        for h in height[:peak]:
            best = max(best, h)
            water += best - h
        best = 0
        for h in reversed(height[peak + 1:]):
            best = max(best, h)
            water += best - h
        return water
'''),
    dict(name="strict-neighbours-no-clamp", correct=False,
         note="Wrong: uses the maxima strictly left and right of each bar and never clamps at 0, so tall bars subtract water.",
         code='''\
class Solution:
    def trap(self, height):
        n = len(height)
        left = [0] * n
        right = [0] * n
        for i in range(1, n):
            left[i] = max(left[i - 1], height[i - 1])
        for i in range(n - 2, -1, -1):
            right[i] = max(right[i + 1], height[i + 1])
        return sum(min(left[i], right[i]) - height[i] for i in range(n))
'''),
]
