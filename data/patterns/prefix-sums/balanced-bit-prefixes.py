PROBLEM = dict(
    problem_id="balanced-bit-prefixes",
    title="Balanced Bit Prefixes",
    io="call",
    entry_point="balancedPrefixes",
    difficulty="easy",
    tags=["array", "prefix-sum"],
    pattern="prefix-sums",
    split="train",
    statement="""\
Count the non-empty prefixes `bits[0..i]` of the 0/1 list `bits` that hold as many 0s as 1s.

**Example.** `bits = [0, 1, 1, 0, 0]` gives `2` (the prefixes of length 2 and 4).

**Constraints.** `0 <= len(bits) <= 10^4`, every entry is 0 or 1.
""",
    starter_code="class Solution:\n    def balancedPrefixes(self, bits: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[0, 1, 1, 0, 0]],
    [[]],
    [[1]],
    [[1, 0]],
    [[0, 0, 1, 1]],
    [[1, 1, 1]],
]


def perf_inputs(rng):
    return [[[rng.randint(0, 1) for _ in range(2500)]]]


SOLUTIONS = [
    dict(name="running-balance", correct=True, time="fast", reference=True,
         note="Keep (#1s - #0s) as a running value; a prefix is balanced when it is 0: O(n).",
         code='''\
class Solution:
    def balancedPrefixes(self, bits):
        balance, count = 0, 0
        for b in bits:
            balance += 1 if b == 1 else -1
            if balance == 0:
                count += 1
        return count
'''),
    dict(name="recount-prefix", correct=True, time="slow",
         note="Every prefix is sliced and counted again: O(i) for prefix i, O(n^2) in all.",
         code='''\
class Solution:
    def balancedPrefixes(self, bits):
        count = 0
        for i in range(1, len(bits) + 1):
            prefix = bits[:i]
            if prefix.count(0) == prefix.count(1):
                count += 1
        return count
'''),
    dict(name="counts-empty-prefix", correct=False,
         note="Wrong: also counts the empty prefix, which holds no bits at all.",
         code='''\
class Solution:
    def balancedPrefixes(self, bits):
        balance, count = 0, 1
        for b in bits:
            balance += 1 if b == 1 else -1
            if balance == 0:
                count += 1
        return count
'''),
    dict(name="prefix-ones", correct=True, time="fast",
         note="A running count of 1s: prefix i + 1 is balanced when twice that count equals i + 1; O(n).",
         code='''\
class Solution:
    def balancedPrefixes(self, bits):
        ones, count = 0, 0
        for i, b in enumerate(bits):
            ones += b
            if 2 * ones == i + 1:
                count += 1
        return count
'''),
]
