PROBLEM = dict(
    problem_id="finger-travel-on-strip",
    title="Finger Travel on a One-Row Keypad",
    io="call",
    entry_point="travel",
    difficulty="easy",
    tags=["array", "hash-table"],
    pattern="index-in-loop",
    split="train",
    statement="""\
A keypad is one long row of distinct key codes, `strip`. The finger starts on `strip[0]` and presses the codes of
`typed` in order, moving one key per step. Return the total number of steps.

**Example.** `strip = [7, 2, 9, 4]`, `typed = [9, 2, 4]` gives `5` (0 -> 2 -> 1 -> 3).

**Constraints.** `1 <= len(strip) <= 3000`, `0 <= len(typed) <= 3000`; every typed code is on the strip.
""",
    starter_code="class Solution:\n    def travel(self, strip: List[int], typed: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[7, 2, 9, 4], [9, 2, 4]],
    [[5], []],
    [[5], [5, 5]],
    [[1, 2, 3], [3]],
    [[1, 2, 3], [2, 2, 1]],
    [[4, 3, 2, 1], [1, 4, 1]],
]


def perf_inputs(rng):
    strip = rng.sample(range(10**6), 3000)
    typed = [rng.choice(strip) for _ in range(2500)]
    return [[strip, typed]]


SOLUTIONS = [
    dict(name="position-dict", correct=True, time="fast", reference=True,
         note="A dict from code to its key position, built once, makes every press an O(1) lookup: O(n + typed).",
         code='''\
class Solution:
    def travel(self, strip, typed):
        pos = {c: i for i, c in enumerate(strip)}
        here, steps = 0, 0
        for c in typed:
            steps += abs(pos[c] - here)
            here = pos[c]
        return steps
'''),
    dict(name="index-per-press", correct=True, time="slow",
         note="strip.index(c) searches the keypad from the left for every press: O(n * typed).",
         code='''\
class Solution:
    def travel(self, strip, typed):
        here, steps = 0, 0
        for c in typed:
            target = strip.index(c)
            steps += abs(target - here)
            here = target
        return steps
'''),
    dict(name="positions-then-sum", correct=True, time="fast",
         note="Map every press to its position once through a dict, then sum the gaps: O(n + typed).",
         code='''\
class Solution:
    def travel(self, strip, typed):
        pos = {}
        for i, c in enumerate(strip):
            pos[c] = i
        path = [0] + [pos[c] for c in typed]
        return sum(abs(path[k + 1] - path[k]) for k in range(len(path) - 1))
'''),
    dict(name="from-first-typed", correct=False,
         note="Wrong: starts the finger on the first typed key instead of strip[0], so the first move is not counted.",
         code='''\
class Solution:
    def travel(self, strip, typed):
        pos = {c: i for i, c in enumerate(strip)}
        steps = 0
        for k in range(1, len(typed)):
            steps += abs(pos[typed[k]] - pos[typed[k - 1]])
        return steps
'''),
]
