PROBLEM = dict(
    problem_id="complementary-colour-pairs",
    title="Colours That Mix to White",
    io="call",
    entry_point="whitePairs",
    difficulty="easy",
    tags=["string", "hash-table"],
    pattern="pair-search",
    split="train",
    statement="""\
Colours are written `"#RRGGBB"` in upper-case hexadecimal. Two colours are complementary when each of their
red, green and blue channels add up to 255 (`FF`). Count the pairs `i < j` of complementary colours.

**Example.** `colours = ["#FF0000", "#00FFFF", "#123456", "#EDCBA9", "#00FFFF"]` gives `3`.

**Constraints.** `0 <= len(colours) <= 3000`.
""",
    starter_code="class Solution:\n    def whitePairs(self, colours: List[str]) -> int:\n",
)

EDGE_INPUTS = [
    [["#FF0000", "#00FFFF", "#123456", "#EDCBA9", "#00FFFF"]],
    [[]],
    [["#000000"]],
    [["#000000", "#FFFFFF"]],
    [["#808080", "#7F7F7F", "#808080"]],
    [["#0F0F0F", "#F0F0F0"]],
    [["#FF0000", "#FF00FF"]],
]


def perf_inputs(rng):
    colours = ["#" + "".join(rng.choice(["00", "0F", "F0", "FF"]) for _ in range(3)) for _ in range(1000)]
    return [[colours]]


SOLUTIONS = [
    dict(name="complement-counts", correct=True, time="fast", reference=True,
         note="Each colour's partner is its value subtracted from 0xFFFFFF; a dict of earlier counts finds it in O(1) per colour.",
         code='''\
class Solution:
    def whitePairs(self, colours):
        seen = {}
        pairs = 0
        for c in colours:
            v = int(c[1:], 16)
            pairs += seen.get(0xFFFFFF - v, 0)
            seen[v] = seen.get(v, 0) + 1
        return pairs
'''),
    dict(name="complement-string", correct=True, time="fast",
         note="Channels sum to FF exactly when every hex digit pair sums to F, so build the partner string and count it in a dict.",
         code='''\
class Solution:
    def whitePairs(self, colours):
        flip = str.maketrans("0123456789ABCDEF", "FEDCBA9876543210")
        seen = {}
        pairs = 0
        for c in colours:
            pairs += seen.get(c.translate(flip), 0)
            seen[c] = seen.get(c, 0) + 1
        return pairs
'''),
    dict(name="all-pairs", correct=True, time="slow",
         note="Compares the three channels for every pair i < j: O(n^2) where each colour's partner can be looked up.",
         code='''\
class Solution:
    def whitePairs(self, colours):
        rgb = [(int(c[1:3], 16), int(c[3:5], 16), int(c[5:7], 16)) for c in colours]
        pairs = 0
        for i in range(len(rgb)):
            for j in range(i + 1, len(rgb)):
                a, b = rgb[i], rgb[j]
                if a[0] + b[0] == 255 and a[1] + b[1] == 255 and a[2] + b[2] == 255:
                    pairs += 1
        return pairs
'''),
    dict(name="channel-total-only", correct=False,
         note="Wrong: only checks that the six channels add up to 3 * 255 in all, so #FF0000 and #FF00FF pass too.",
         code='''\
class Solution:
    def whitePairs(self, colours):
        seen = {}
        pairs = 0
        for c in colours:
            total = int(c[1:3], 16) + int(c[3:5], 16) + int(c[5:7], 16)
            pairs += seen.get(765 - total, 0)
            seen[total] = seen.get(total, 0) + 1
        return pairs
'''),
]
