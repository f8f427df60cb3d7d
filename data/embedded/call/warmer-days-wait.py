PROBLEM = dict(
    problem_id="warmer-days-wait",
    title="Wait for a Warmer Day",
    io="call",
    entry_point="daysUntilWarmer",
    difficulty="medium",
    tags=["array", "stack", "monotonic-stack"],
    split="test",
    statement="""\
`temps[i]` is the noon temperature on day `i`. For every day, work out how many days you have to wait after it
until a day that is *strictly* warmer. If no later day is warmer, the wait for that day is `0`. Return the list of
waits, one per day.

**Example.** `temps = [61, 58, 58, 64, 60, 57, 66]` gives `[3, 2, 1, 3, 2, 1, 0]`. Day 1 (58) waits two days for
64 on day 3; the equally warm day 2 does not count.

**Constraints.** `1 <= len(temps) <= 30000`, `30 <= temps[i] <= 110`.
""",
    starter_code="class Solution:\n    def daysUntilWarmer(self, temps: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[61, 58, 58, 64, 60, 57, 66]],
    [[75]],
    [[50, 50, 50]],
    [[30, 40, 50, 60]],
    [[90, 80, 70, 60]],
    [[70, 71, 70, 71, 70, 72]],
    [[110, 30, 110, 30, 31]],
]


def perf_inputs(rng):
    spring = [rng.randint(30, 110) for _ in range(30000)]
    autumn = []
    t = 110
    for _ in range(5000):          # a long cooling spell: never strictly warmer
        if rng.random() < 0.02 and t > 30:
            t -= 1
        autumn.append(t)
    return [[spring], [autumn]]


SOLUTIONS = [
    dict(name="stack-of-indices", correct=True, time="fast", memory="lean", reference=True,
         note="O(n) time: a stack of still-waiting days whose temperatures never increase from bottom to top.",
         code='''\
class Solution:
    def daysUntilWarmer(self, temps):
        ans = [0] * len(temps)
        stack = []
        for i, t in enumerate(temps):
            while stack and temps[stack[-1]] < t:
                j = stack.pop()
                ans[j] = i - j
            stack.append(i)
        return ans
'''),
    dict(name="jump-backwards", correct=True, time="fast", memory="lean",
         note="O(n) amortised, no stack: walk from the right and jump along already computed waits.",
         code='''\
class Solution:
    def daysUntilWarmer(self, temps):
        n = len(temps)
        wait = [0] * n
        for i in range(n - 2, -1, -1):
            j = i + 1
            while temps[j] <= temps[i] and wait[j]:
                j += wait[j]
            if temps[j] > temps[i]:
                wait[i] = j - i
        return wait
'''),
    dict(name="stack-of-pairs", correct=True, time="fast", memory="hungry",
         note="O(n) time, but materialises every (day, temp) pair as a tuple before running the stack.",
         code='''\
class Solution:
    def daysUntilWarmer(self, temps):
        days = list(enumerate(temps))
        result = [0] * len(days)
        pending = []
        for day, temp in days:
            while pending and pending[-1][1] < temp:
                d, _ = pending.pop()
                result[d] = day - d
            pending.append((day, temp))
        return result
'''),
    dict(name="next-seen-table", correct=True, time="medium", memory="lean",
         note="O(n * W) for W possible temperatures: scan right to left, remembering the next day of each "
              "temperature, and take the nearest among the warmer ones.",
         code='''\
class Solution:
    def daysUntilWarmer(self, temps):
        INF = float("inf")
        next_day = [INF] * 112
        out = [0] * len(temps)
        for i in range(len(temps) - 1, -1, -1):
            t = temps[i]
            nearest = min(next_day[t + 1:])
            if nearest != INF:
                out[i] = nearest - i
            next_day[t] = i
        return out
'''),
    dict(name="hottest-first-bisect", correct=True, time="medium", memory="medium",
         note="O(n log n) + insort shifts: visit days from hottest to coldest, keeping a sorted list of the days "
              "already visited (strictly warmer ones) and bisecting for the first one after each day.",
         code='''\
import bisect
from itertools import groupby

class Solution:
    def daysUntilWarmer(self, temps):
        order = sorted(range(len(temps)), key=lambda d: -temps[d])
        warmer_days = []
        res = [0] * len(temps)
        for _, group in groupby(order, key=lambda d: temps[d]):
            group = list(group)
            for d in group:
                k = bisect.bisect_right(warmer_days, d)
                if k < len(warmer_days):
                    res[d] = warmer_days[k] - d
            for d in group:
                bisect.insort(warmer_days, d)
        return res
'''),
    dict(name="scan-forward", correct=True, time="slow", memory="lean",
         note="O(n^2) worst case: for every day, walk forward until a warmer day turns up.",
         code='''\
class Solution:
    def daysUntilWarmer(self, temps):
        n = len(temps)
        answer = []
        for i in range(n):
            wait = 0
            for j in range(i + 1, n):
                if temps[j] > temps[i]:
                    wait = j - i
                    break
            answer.append(wait)
        return answer
'''),
    dict(name="not-colder-counts", correct=False,
         note="Wrong: pops while the stacked day is *not warmer* (`<=`), so an equally warm day is taken as warmer.",
         code='''\
class Solution:
    def daysUntilWarmer(self, temps):
        ans = [0] * len(temps)
        stack = []
        for i, t in enumerate(temps):
            while stack and temps[stack[-1]] <= t:
                j = stack.pop()
                ans[j] = i - j
            stack.append(i)
        return ans
'''),
]
