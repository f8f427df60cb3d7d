PROBLEM = dict(
    problem_id="sock-matching-pairs",
    title="Pair Up the Socks",
    io="call",
    entry_point="sockPairs",
    difficulty="easy",
    tags=["array", "hash-table", "counting"],
    pattern="pair-search",
    split="train",
    statement="""\
`colors[i]` is the colour of sock `i`. Two socks of the same colour make a pair and each sock is used at most
once. Return the largest number of pairs.

**Example.** `colors = ["red", "blue", "red", "red", "blue", "green"]` gives `2`.

**Constraints.** `0 <= len(colors) <= 3000`, colours are short lowercase strings.
""",
    starter_code="class Solution:\n    def sockPairs(self, colors: List[str]) -> int:\n",
)

EDGE_INPUTS = [
    [["red", "blue", "red", "red", "blue", "green"]],
    [[]],
    [["red"]],
    [["red", "red"]],
    [["a", "a", "a", "a"]],
    [["a", "b", "c"]],
]


def perf_inputs(rng):
    colors = [f"c{i}" for i in range(1200)]
    rng.shuffle(colors)
    return [[colors + colors[:20]]]


SOLUTIONS = [
    dict(name="counter-halves", correct=True, time="fast", reference=True,
         note="Count each colour once with a Counter; c socks make c // 2 pairs: O(n).",
         code='''\
from collections import Counter

class Solution:
    def sockPairs(self, colors):
        return sum(c // 2 for c in Counter(colors).values())
'''),
    dict(name="waiting-set", correct=True, time="fast",
         note="Keep a set of colours still waiting for a partner; a sock whose colour waits completes a pair: O(n).",
         code='''\
class Solution:
    def sockPairs(self, colors):
        waiting = set()
        pairs = 0
        for c in colors:
            if c in waiting:
                waiting.remove(c)
                pairs += 1
            else:
                waiting.add(c)
        return pairs
'''),
    dict(name="search-partner", correct=True, time="slow",
         note="For each unused sock, scans the rest for an unused partner: O(n^2) where counting colours needs one pass.",
         code='''\
class Solution:
    def sockPairs(self, colors):
        used = [False] * len(colors)
        pairs = 0
        for i in range(len(colors)):
            if used[i]:
                continue
            for j in range(i + 1, len(colors)):
                if not used[j] and colors[j] == colors[i]:
                    used[i] = used[j] = True
                    pairs += 1
                    break
        return pairs
'''),
    dict(name="colours-with-a-pair", correct=False,
         note="Wrong: counts the colours that have at least two socks, so four red socks give 1 pair instead of 2.",
         code='''\
from collections import Counter

class Solution:
    def sockPairs(self, colors):
        return sum(1 for c in Counter(colors).values() if c >= 2)
'''),
]
