PROBLEM = dict(
    problem_id="dna-complement-pairs",
    title="Strands That Bind to Each Other",
    io="call",
    entry_point="bindingPairs",
    difficulty="easy",
    tags=["string", "hash-table"],
    pattern="pair-search",
    split="train",
    statement="""\
The complement of a DNA strand swaps every `A` with `T` and every `C` with `G` (so `"ACG"` becomes `"TGC"`).
Count the pairs of positions `i < j` where `strands[j]` is the complement of `strands[i]`.

**Example.** `strands = ["ACG", "TGC", "AT", "TA", "TGC"]` gives `3` (ACG with each TGC, AT with TA).

**Constraints.** `0 <= len(strands) <= 3000`, each strand has 1 to 10 letters from `ACGT`.
""",
    starter_code="class Solution:\n    def bindingPairs(self, strands: List[str]) -> int:\n",
)

EDGE_INPUTS = [
    [["ACG", "TGC", "AT", "TA", "TGC"]],
    [[]],
    [["AT"]],
    [["AT", "AT"]],
    [["A", "T", "T"]],
    [["CG", "GC", "CG"]],
]


def perf_inputs(rng):
    return [[["".join(rng.choice("ACGT") for _ in range(4)) for _ in range(1300)]]]


SOLUTIONS = [
    dict(name="count-earlier", correct=True, time="fast", reference=True,
         note="Compute each strand's complement once and look up how many earlier strands equal it in a dict: O(n).",
         code='''\
class Solution:
    def bindingPairs(self, strands):
        swap = str.maketrans("ACGT", "TGCA")
        seen = {}
        pairs = 0
        for s in strands:
            pairs += seen.get(s.translate(swap), 0)
            seen[s] = seen.get(s, 0) + 1
        return pairs
'''),
    dict(name="counter-halved", correct=True, time="fast",
         note="Count the strands once; strand and complement always differ, so summing count products counts each pair twice.",
         code='''\
from collections import Counter

class Solution:
    def bindingPairs(self, strands):
        swap = str.maketrans("ACGT", "TGCA")
        counts = Counter(strands)
        return sum(c * counts.get(s.translate(swap), 0) for s, c in counts.items()) // 2
'''),
    dict(name="all-pairs", correct=True, time="slow",
         note="Compares each complement with every later strand: O(n^2) comparisons where a dict of strand counts needs one pass.",
         code='''\
class Solution:
    def bindingPairs(self, strands):
        pairs_of = {"A": "T", "T": "A", "C": "G", "G": "C"}
        pairs = 0
        for i in range(len(strands)):
            comp = "".join(pairs_of[ch] for ch in strands[i])
            for j in range(i + 1, len(strands)):
                if strands[j] == comp:
                    pairs += 1
        return pairs
'''),
    dict(name="reverse-instead", correct=False,
         note="Wrong: pairs a strand with its reverse instead of its letter-by-letter complement.",
         code='''\
class Solution:
    def bindingPairs(self, strands):
        seen = {}
        pairs = 0
        for s in strands:
            pairs += seen.get(s[::-1], 0)
            seen[s] = seen.get(s, 0) + 1
        return pairs
'''),
]
