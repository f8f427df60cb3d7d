PROBLEM = dict(
    problem_id="mask-vowels-with-star",
    title="Mask the Vowels",
    io="call",
    entry_point="maskVowels",
    difficulty="easy",
    tags=["string"],
    pattern="string-building",
    split="test",
    statement="""\
Replace every vowel of `s` (`a e i o u`, lower or upper case) by `"*"` and return the result.

**Example.** `s = "Open door"` gives `"*p*n d**r"`.

**Constraints.** `0 <= len(s) <= 10^5`, ASCII letters and spaces.
""",
    starter_code="class Solution:\n    def maskVowels(self, s: str) -> str:\n",
)

EDGE_INPUTS = [
    ["Open door"],
    [""],
    ["a"],
    ["xyz"],
    ["AEIOUaeiou"],
    ["bob EVE"],
]


def perf_inputs(rng):
    return [["".join(rng.choice("aeiouAEbcdfg ") for _ in range(50000))]]


SOLUTIONS = [
    dict(name="translate-table", correct=True, time="fast", reference=True,
         note="str.translate maps every vowel to '*' in one C pass: O(n).",
         code='''\
class Solution:
    def maskVowels(self, s):
        return s.translate(str.maketrans("aeiouAEIOU", "*" * 10))
'''),
    dict(name="slice-replace", correct=True, time="slow",
         note="`s = s[:i] + '*' + s[i+1:]` rebuilds the whole string for each vowel: O(n * vowels).",
         code='''\
class Solution:
    def maskVowels(self, s):
        for i in range(len(s)):
            if s[i] in "aeiouAEIOU":
                s = s[:i] + "*" + s[i + 1:]
        return s
'''),
    dict(name="lowercase-only", correct=False,
         note="Wrong: checks only lowercase vowels, so capital vowels are left visible.",
         code='''\
class Solution:
    def maskVowels(self, s):
        return s.translate(str.maketrans("aeiou", "*****"))
'''),
    dict(name="replace-each-vowel", correct=True, time="fast",
         note="Ten str.replace calls, each one C pass over the string: O(10 n).",
         code='''\
class Solution:
    def maskVowels(self, s):
        for v in "aeiouAEIOU":
            s = s.replace(v, "*")
        return s
'''),
]
