PROBLEM = dict(
    problem_id="shared-favourite-least-rank",
    title="Shared Favourite With the Best Combined Rank",
    io="call",
    entry_point="bestShared",
    difficulty="easy",
    tags=["string", "hash-table"],
    pattern="index-in-loop",
    split="train",
    statement="""\
Two friends list their favourite films, best first, in `mine` and `yours` (no repeats within a list). Among the
films on both lists, return the one with the smallest sum of its two positions; on a tie, the one that comes
earlier in `mine`. Return `""` if they share no film.

**Example.** `mine = ["up", "jaws", "heat"]`, `yours = ["heat", "up", "jaws"]` gives `"up"` (0 + 1).

**Constraints.** `0 <= len(mine), len(yours) <= 3000`; titles are 1 to 8 lowercase letters.
""",
    starter_code="class Solution:\n    def bestShared(self, mine: List[str], yours: List[str]) -> str:\n",
)

EDGE_INPUTS = [
    [["up", "jaws", "heat"], ["heat", "up", "jaws"]],
    [["up", "jaws", "heat"], ["heat", "jaws"]],
    [[], ["a"]],
    [["a"], ["b"]],
    [["x"], ["x"]],
    [["a", "b", "c", "d"], ["d", "c", "b", "a"]],
]


def perf_inputs(rng):
    titles = list({"".join(rng.choice("abcdefghijkl") for _ in range(7)) for _ in range(6000)})
    rng.shuffle(titles)
    mine = titles[:3000]
    yours = titles[1000:4000]
    rng.shuffle(yours)
    return [[mine, yours]]


SOLUTIONS = [
    dict(name="position-dict", correct=True, time="fast", reference=True,
         note="A dict from title to its position in yours, built once, makes each shared-film check O(1): O(n + m).",
         code='''\
class Solution:
    def bestShared(self, mine, yours):
        pos = {t: j for j, t in enumerate(yours)}
        best, best_sum = "", None
        for i, t in enumerate(mine):
            if t in pos and (best_sum is None or i + pos[t] < best_sum):
                best, best_sum = t, i + pos[t]
        return best
'''),
    dict(name="index-in-other", correct=True, time="slow",
         note="yours.index(t) scans the other list for every shared title: O(n * m).",
         code='''\
class Solution:
    def bestShared(self, mine, yours):
        shared = set(yours)
        best, best_sum = "", None
        for i in range(len(mine)):
            if mine[i] in shared:
                s = i + yours.index(mine[i])
                if best_sum is None or s < best_sum:
                    best, best_sum = mine[i], s
        return best
'''),
    dict(name="min-over-common", correct=True, time="fast",
         note="Two position dicts, then min over the common titles by (sum, position in mine): O(n + m).",
         code='''\
class Solution:
    def bestShared(self, mine, yours):
        a = {t: i for i, t in enumerate(mine)}
        b = {t: j for j, t in enumerate(yours)}
        common = [t for t in a if t in b]
        if not common:
            return ""
        return min(common, key=lambda t: (a[t] + b[t], a[t]))
'''),
    dict(name="ties-to-yours", correct=False,
         note="Wrong: walks yours instead of mine, so a tie goes to the film earlier in yours.",
         code='''\
class Solution:
    def bestShared(self, mine, yours):
        pos = {t: i for i, t in enumerate(mine)}
        best, best_sum = "", None
        for j, t in enumerate(yours):
            if t in pos and (best_sum is None or j + pos[t] < best_sum):
                best, best_sum = t, j + pos[t]
        return best
'''),
]
