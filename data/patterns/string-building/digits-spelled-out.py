PROBLEM = dict(
    problem_id="digits-spelled-out",
    title="Spell Out the Digits",
    io="call",
    entry_point="spellDigits",
    difficulty="easy",
    tags=["string"],
    pattern="string-building",
    split="train",
    statement="""\
Replace every digit of the string `digits` by its English name (`zero` ... `nine`) and return the names
separated by single spaces.

**Example.** `digits = "407"` gives `"four zero seven"`.

**Constraints.** `0 <= len(digits) <= 5 * 10^4`, characters `0`-`9` only.
""",
    starter_code="class Solution:\n    def spellDigits(self, digits: str) -> str:\n",
)

EDGE_INPUTS = [
    ["407"],
    [""],
    ["0"],
    ["99"],
    ["0123456789"],
    ["10"],
]


def perf_inputs(rng):
    return [["".join(rng.choice("0123456789") for _ in range(20000))]]


SOLUTIONS = [
    dict(name="names-join", correct=True, time="fast", reference=True,
         note="Look up each name and join them once: O(n).",
         code='''\
class Solution:
    def spellDigits(self, digits):
        names = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        name_of = {str(i): w for i, w in enumerate(names)}
        return " ".join(name_of[d] for d in digits)
'''),
    dict(name="concat-names", correct=True, time="slow",
         note="`out = out + ' ' + name` copies the whole output for every digit: O(n^2).",
         code='''\
class Solution:
    def spellDigits(self, digits):
        names = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        out = ""
        for d in digits:
            if out:
                out = out + " " + names[int(d)]
            else:
                out = names[int(d)]
        return out
'''),
    dict(name="off-by-one-names", correct=False,
         note="Wrong: the name table starts at 'one', so every digit is named one too high.",
         code='''\
class Solution:
    def spellDigits(self, digits):
        names = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "zero"]
        return " ".join(names[int(d)] for d in digits)
'''),
    dict(name="dict-list", correct=True, time="fast",
         note="A dict from digit character to name, words gathered in a list and joined once: O(n).",
         code='''\
class Solution:
    def spellDigits(self, digits):
        name = dict(zip("0123456789", "zero one two three four five six seven eight nine".split()))
        words = []
        for d in digits:
            words.append(name[d])
        return " ".join(words)
'''),
]
