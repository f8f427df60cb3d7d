PROBLEM = dict(
    problem_id="count-shared-ids",
    title="Count Shared Ids",
    io="call",
    entry_point="countShared",
    difficulty="easy",
    tags=["array", "hash-set"],
    pattern="list-membership",
    split="train",
    statement="""\
Given two lists of integer ids `a` and `b`, return how many entries of `a` also appear somewhere in `b`
(count every entry of `a`, duplicates included).

**Example.** `a = [1, 2, 2, 5]`, `b = [2, 3, 5]` gives `3`.

**Constraints.** `0 <= len(a), len(b) <= 4000`, `0 <= id <= 10^9`.
""",
    starter_code="class Solution:\n    def countShared(self, a: List[int], b: List[int]) -> int:\n",
)

EDGE_INPUTS = [
    [[1, 2, 2, 5], [2, 3, 5]],
    [[], [1, 2]],
    [[1, 2], []],
    [[7, 7, 7], [7]],
    [[1, 2, 3], [4, 5, 6]],
    [[10**9, 0], [0, 10**9]],
]


def perf_inputs(rng):
    n = 2000
    a = [rng.randint(0, 10**6) for _ in range(n)]
    b = [rng.randint(0, 10**6) for _ in range(n)]
    return [[a, b], [a[: n // 2] * 2, b]]


SOLUTIONS = [
    dict(name="set-lookup", correct=True, time="fast", reference=True,
         note="Build a set of b once: each membership test is O(1) on average, O(len(a) + len(b)) in all.",
         code='''\
class Solution:
    def countShared(self, a, b):
        seen = set(b)
        return sum(1 for x in a if x in seen)
'''),
    dict(name="set-loop", correct=True, time="fast",
         note="The same idea written as an explicit loop over a.",
         code='''\
class Solution:
    def countShared(self, a, b):
        seen = set(b)
        count = 0
        for x in a:
            if x in seen:
                count += 1
        return count
'''),
    dict(name="list-lookup", correct=True, time="slow",
         note="Membership test on the list b: each `in` scans b, O(len(a) * len(b)).",
         code='''\
class Solution:
    def countShared(self, a, b):
        count = 0
        for x in a:
            if x in b:
                count += 1
        return count
'''),
    dict(name="distinct-only", correct=False,
         note="Wrong: counts distinct shared ids, so duplicates in a are counted once.",
         code='''\
class Solution:
    def countShared(self, a, b):
        return len(set(a) & set(b))
'''),
]
