PROBLEM = dict(
    problem_id="values-in-exactly-one",
    title="Values in Exactly One List",
    io="call",
    entry_point="onlyInOne",
    difficulty="easy",
    tags=["array", "hash-set"],
    pattern="list-membership",
    split="train",
    statement="""\
Return how many **distinct** values occur in exactly one of the two lists `a` and `b`.

**Example.** `a = [1, 2, 2, 3]`, `b = [3, 4, 4]` gives `3` (the values 1, 2 and 4).

**Constraints.** `0 <= len(a), len(b) <= 3000`, `-10^6 <= a[i], b[i] <= 10^6`.
""",
    starter_code="class Solution:\n    def onlyInOne(self, a: List[int], b: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[1, 2, 2, 3], [3, 4, 4]],
    [[], []],
    [[5, 5], []],
    [[1], [1]],
    [[1, 1, 2], [2, 2, 3]],
    [[-1, 0], [0, 1]],
]


def perf_inputs(rng):
    a = [rng.randint(0, 10**6) for _ in range(1100)]
    b = [rng.randint(0, 10**6) for _ in range(1100)]
    return [[a, b]]


SOLUTIONS = [
    dict(name="symmetric-difference", correct=True, time="fast", reference=True,
         note="Set symmetric difference: hashing both lists once, O(len(a) + len(b)).",
         code='''\
class Solution:
    def onlyInOne(self, a, b):
        return len(set(a) ^ set(b))
'''),
    dict(name="cross-scan", correct=True, time="slow",
         note="Each `not in` scans the other list (and `not in seen` a growing list): O(len(a) * len(b)).",
         code='''\
class Solution:
    def onlyInOne(self, a, b):
        seen = []
        for x in a:
            if x not in b and x not in seen:
                seen.append(x)
        for x in b:
            if x not in a and x not in seen:
                seen.append(x)
        return len(seen)
'''),
    dict(name="counts-repeats", correct=False,
         note="Wrong: counts every entry, so a value repeated inside one list is counted more than once.",
         code='''\
class Solution:
    def onlyInOne(self, a, b):
        sa, sb = set(a), set(b)
        return sum(1 for x in a if x not in sb) + sum(1 for x in b if x not in sa)
'''),
    dict(name="set-loops", correct=True, time="fast",
         note="Two sets, then count each side's values missing from the other: O(n) average.",
         code='''\
class Solution:
    def onlyInOne(self, a, b):
        sa, sb = set(a), set(b)
        return sum(1 for x in sa if x not in sb) + sum(1 for x in sb if x not in sa)
'''),
]
