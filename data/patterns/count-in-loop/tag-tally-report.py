PROBLEM = dict(
    problem_id="tag-tally-report",
    title="Tally of Tags in First-Seen Order",
    io="call",
    entry_point="tagTally",
    difficulty="easy",
    tags=["string", "counting"],
    pattern="count-in-loop",
    split="test",
    statement="""\
Given the list `tags`, return one `[tag, count]` pair per distinct tag, in the order each tag first appears,
where `count` is how many times the tag occurs.

**Example.** `tags = ["bug", "ui", "bug", "docs"]` gives `[["bug", 2], ["ui", 1], ["docs", 1]]`.

**Constraints.** `0 <= len(tags) <= 3000`; tags are 1 to 6 lowercase letters.
""",
    starter_code="class Solution:\n    def tagTally(self, tags: List[str]) -> List[List]:\n",
)

EDGE_INPUTS = [
    [["bug", "ui", "bug", "docs"]],
    [[]],
    [["ui"]],
    [["b", "a", "b", "a"]],
    [["z", "z", "z"]],
    [["c", "b", "a"]],
]


def perf_inputs(rng):
    vocab = ["".join(rng.choice("abcdefghij") for _ in range(5)) for _ in range(1500)]
    return [[[rng.choice(vocab) for _ in range(2500)]]]


SOLUTIONS = [
    dict(name="counter-ordered", correct=True, time="fast", reference=True,
         note="A Counter keeps first-seen order and counts everything in one pass: O(n).",
         code='''\
from collections import Counter

class Solution:
    def tagTally(self, tags):
        return [[t, c] for t, c in Counter(tags).items()]
'''),
    dict(name="count-per-new-tag", correct=True, time="slow",
         note="tags.count(t) for every new tag rescans the whole list once per distinct tag: O(n * distinct).",
         code='''\
class Solution:
    def tagTally(self, tags):
        done = set()
        report = []
        for t in tags:
            if t not in done:
                done.add(t)
                report.append([t, tags.count(t)])
        return report
'''),
    dict(name="dict-ordered", correct=True, time="fast",
         note="A plain dict filled in one loop keeps insertion order and gives every count: O(n).",
         code='''\
class Solution:
    def tagTally(self, tags):
        counts = {}
        for t in tags:
            counts[t] = counts.get(t, 0) + 1
        return [[t, counts[t]] for t in counts]
'''),
    dict(name="alphabetical", correct=False,
         note="Wrong: lists the tags in alphabetical order instead of first-seen order.",
         code='''\
from collections import Counter

class Solution:
    def tagTally(self, tags):
        counts = Counter(tags)
        return [[t, counts[t]] for t in sorted(counts)]
'''),
]
