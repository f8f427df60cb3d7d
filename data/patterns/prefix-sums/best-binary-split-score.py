PROBLEM = dict(
    problem_id="best-binary-split-score",
    title="Best Split of a Binary String",
    io="call",
    entry_point="bestSplit",
    difficulty="easy",
    tags=["string", "prefix-sum"],
    pattern="prefix-sums",
    split="train",
    statement="""\
Split the binary string `s` into a non-empty left part and a non-empty right part. The score is the number of
`0`s in the left part plus the number of `1`s in the right part. Return the best score.

**Example.** `s = "011101"` gives `5` (left `"0"`, right `"11101"`).

**Constraints.** `2 <= len(s) <= 2 * 10^4`, characters `0` and `1` only.
""",
    starter_code="class Solution:\n    def bestSplit(self, s: str) -> int:\n",
)

EDGE_INPUTS = [
    ["011101"],
    ["00"],
    ["11"],
    ["01"],
    ["10"],
    ["1111"],
]


def perf_inputs(rng):
    return [["".join(rng.choice("01") for _ in range(6500))]]


SOLUTIONS = [
    dict(name="running-counts", correct=True, time="fast", reference=True,
         note="Move the split right one step at a time, updating the two counts: O(n).",
         code='''\
class Solution:
    def bestSplit(self, s):
        zeros_left, ones_right = 0, s.count("1")
        best = 0
        for i in range(len(s) - 1):
            if s[i] == "0":
                zeros_left += 1
            else:
                ones_right -= 1
            best = max(best, zeros_left + ones_right)
        return best
'''),
    dict(name="recount-sides", correct=True, time="slow",
         note="Both sides are sliced and counted again for every split: O(n) per split, O(n^2).",
         code='''\
class Solution:
    def bestSplit(self, s):
        best = 0
        for i in range(1, len(s)):
            best = max(best, s[:i].count("0") + s[i:].count("1"))
        return best
'''),
    dict(name="allows-empty-side", correct=False,
         note="Wrong: also tries the splits with an empty part, which the statement forbids.",
         code='''\
class Solution:
    def bestSplit(self, s):
        zeros_left, ones_right = 0, s.count("1")
        best = ones_right
        for ch in s:
            if ch == "0":
                zeros_left += 1
            else:
                ones_right -= 1
            best = max(best, zeros_left + ones_right)
        return best
'''),
    dict(name="prefix-zeros", correct=True, time="fast",
         note="A prefix count of zeros gives both sides of every split in O(1): O(n).",
         code='''\
class Solution:
    def bestSplit(self, s):
        zeros = [0]
        for ch in s:
            zeros.append(zeros[-1] + (ch == "0"))
        n = len(s)
        ones_total = n - zeros[n]
        return max(zeros[i] + ones_total - (i - zeros[i]) for i in range(1, n))
'''),
]
