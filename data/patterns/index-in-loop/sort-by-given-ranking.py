PROBLEM = dict(
    problem_id="sort-by-given-ranking",
    title="Sort Items by a Given Ranking",
    io="call",
    entry_point="sortByRanking",
    difficulty="easy",
    tags=["array", "sorting", "hash-table"],
    pattern="index-in-loop",
    split="train",
    statement="""\
`ranking` lists distinct words from best to worst. Every word of `items` appears in `ranking`; return `items`
sorted by the words' places in `ranking`, best first, keeping duplicates.

**Example.** `ranking = ["gold", "silver", "bronze"]`, `items = ["bronze", "gold", "bronze"]` gives
`["gold", "bronze", "bronze"]`.

**Constraints.** `0 <= len(items), len(ranking) <= 3000`; words are 1 to 8 lowercase letters.
""",
    starter_code="class Solution:\n    def sortByRanking(self, ranking: List[str], items: List[str]) -> List[str]:\n",
)

EDGE_INPUTS = [
    [["gold", "silver", "bronze"], ["bronze", "gold", "bronze"]],
    [["a"], []],
    [["b", "a"], ["a", "b", "a"]],
    [["x", "y", "z"], ["z"]],
    [["q", "p"], ["q", "q", "p", "p"]],
    [["c", "b", "a"], ["a", "b", "c"]],
]


def perf_inputs(rng):
    ranking = list({"".join(rng.choice("abcdefghijkl") for _ in range(6)) for _ in range(2200)})
    rng.shuffle(ranking)
    items = [rng.choice(ranking) for _ in range(2000)]
    return [[ranking, items]]


SOLUTIONS = [
    dict(name="rank-dict-key", correct=True, time="fast", reference=True,
         note="Build a dict from word to its place once; sorting with that O(1) key costs O(n log n).",
         code='''\
class Solution:
    def sortByRanking(self, ranking, items):
        place = {w: i for i, w in enumerate(ranking)}
        return sorted(items, key=lambda w: place[w])
'''),
    dict(name="index-as-key", correct=True, time="slow",
         note="key=ranking.index scans the ranking once per item: O(n * len(ranking)).",
         code='''\
class Solution:
    def sortByRanking(self, ranking, items):
        return sorted(items, key=ranking.index)
'''),
    dict(name="bucket-by-place", correct=True, time="fast",
         note="Count each item, then walk the ranking once and emit each word as often as counted: O(n + m).",
         code='''\
class Solution:
    def sortByRanking(self, ranking, items):
        counts = {}
        for w in items:
            counts[w] = counts.get(w, 0) + 1
        out = []
        for w in ranking:
            out.extend([w] * counts.get(w, 0))
        return out
'''),
    dict(name="drops-duplicates", correct=False,
         note="Wrong: filtering the ranking by membership keeps each word once and loses duplicate items.",
         code='''\
class Solution:
    def sortByRanking(self, ranking, items):
        wanted = set(items)
        return [w for w in ranking if w in wanted]
'''),
]
