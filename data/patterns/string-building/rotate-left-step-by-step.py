PROBLEM = dict(
    problem_id="rotate-left-step-by-step",
    title="Rotate a String Left",
    io="call",
    entry_point="rotateLeft",
    difficulty="easy",
    tags=["string"],
    pattern="string-building",
    split="train",
    statement="""\
Rotate `s` left `k` times: one rotation moves the first character to the end. Return the result.

**Example.** `s = "abcde"`, `k = 7` gives `"cdeab"`.

**Constraints.** `1 <= len(s) <= 10^5`, `0 <= k <= 10^9`.
""",
    starter_code="class Solution:\n    def rotateLeft(self, s: str, k: int) -> str:\n",
)

EDGE_INPUTS = [
    ["abcde", 7],
    ["a", 5],
    ["ab", 0],
    ["ab", 1],
    ["abc", 3],
    ["xyz", 2],
]


def perf_inputs(rng):
    s = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(30000))
    return [[s, 25000]]


SOLUTIONS = [
    dict(name="one-slice", correct=True, time="fast", reference=True,
         note="k rotations equal one cut at k mod n: two slices, O(n).",
         code='''\
class Solution:
    def rotateLeft(self, s, k):
        k %= len(s)
        return s[k:] + s[:k]
'''),
    dict(name="step-by-step", correct=True, time="slow",
         note="Each `s = s[1:] + s[0]` copies the whole string, k times over: O(k * n) (k mod n steps here).",
         code='''\
class Solution:
    def rotateLeft(self, s, k):
        for _ in range(k % len(s)):
            s = s[1:] + s[0]
        return s
'''),
    dict(name="no-modulo", correct=False,
         note="Wrong: without k mod n, a k larger than the length slices past the end and returns s unchanged.",
         code='''\
class Solution:
    def rotateLeft(self, s, k):
        return s[k:] + s[:k]
'''),
    dict(name="doubled-window", correct=True, time="fast",
         note="Every rotation is a window of s + s: one slice of length n, O(n).",
         code='''\
class Solution:
    def rotateLeft(self, s, k):
        n = len(s)
        return (s + s)[k % n:k % n + n]
'''),
]
