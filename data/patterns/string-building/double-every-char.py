PROBLEM = dict(
    problem_id="double-every-char",
    title="Double Every Character",
    io="call",
    entry_point="doubleChars",
    difficulty="easy",
    tags=["string"],
    pattern="string-building",
    split="train",
    statement="""\
Return a string in which every character of `s` appears twice in a row, in the original order.

**Example.** `s = "ab c"` gives `"aabb  cc"`.

**Constraints.** `0 <= len(s) <= 5 * 10^4`.
""",
    starter_code="class Solution:\n    def doubleChars(self, s: str) -> str:\n",
)

EDGE_INPUTS = [
    ["ab c"],
    [""],
    ["x"],
    ["aa"],
    ["abc"],
    ["!?"],
]


def perf_inputs(rng):
    return [["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(40000))]]


SOLUTIONS = [
    dict(name="pairs-join", correct=True, time="fast", reference=True,
         note="Double each character and join the pieces once: O(n).",
         code='''\
class Solution:
    def doubleChars(self, s):
        return "".join(ch * 2 for ch in s)
'''),
    dict(name="concat-twice", correct=True, time="slow",
         note="`out = out + ch + ch` makes a new copy of out at every character: O(n^2).",
         code='''\
class Solution:
    def doubleChars(self, s):
        out = ""
        for ch in s:
            out = out + ch + ch
        return out
'''),
    dict(name="whole-string-twice", correct=False,
         note="Wrong: s * 2 repeats the whole string instead of each character.",
         code='''\
class Solution:
    def doubleChars(self, s):
        return s * 2
'''),
    dict(name="zip-join", correct=True, time="fast",
         note="zip(s, s) pairs each character with itself; two joins in C, O(n).",
         code='''\
class Solution:
    def doubleChars(self, s):
        return "".join(map("".join, zip(s, s)))
'''),
]
