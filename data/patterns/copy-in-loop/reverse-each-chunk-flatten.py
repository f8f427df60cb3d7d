PROBLEM = dict(
    problem_id="reverse-each-chunk-flatten",
    title="Flatten Chunks, Each Reversed",
    io="call",
    entry_point="flattenReversed",
    difficulty="easy",
    tags=["array"],
    pattern="copy-in-loop",
    split="train",
    statement="""\
`chunks` is a list of lists. Return one flat list: the chunks in their given order, each with its own elements
in reverse order.

**Example.** `chunks = [[1, 2, 3], [], [4, 5]]` gives `[3, 2, 1, 5, 4]`.

**Constraints.** `0 <= len(chunks) <= 5000`, at most `2 * 10^4` elements in all.
""",
    starter_code="class Solution:\n    def flattenReversed(self, chunks: List[List[int]]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[[1, 2, 3], [], [4, 5]]],
    [[]],
    [[[]]],
    [[[7]]],
    [[[1, 2], [3, 4], [5, 6]]],
    [[[9, 8, 7, 6]]],
]


def perf_inputs(rng):
    chunks = [[rng.randint(0, 999) for _ in range(rng.randint(1, 3))] for _ in range(4000)]
    return [[chunks]]


SOLUTIONS = [
    dict(name="extend", correct=True, time="fast", reference=True,
         note="extend appends a chunk in place, costing only its own length: O(total) for everything.",
         code='''\
class Solution:
    def flattenReversed(self, chunks):
        out = []
        for chunk in chunks:
            out.extend(reversed(chunk))
        return out
'''),
    dict(name="concat-each-chunk", correct=True, time="slow",
         note="out = out + chunk[::-1] copies the whole result built so far for every chunk: O(total * chunks).",
         code='''\
class Solution:
    def flattenReversed(self, chunks):
        out = []
        for chunk in chunks:
            out = out + chunk[::-1]
        return out
'''),
    dict(name="comprehension", correct=True, time="fast",
         note="One nested comprehension walks every element once: O(total).",
         code='''\
class Solution:
    def flattenReversed(self, chunks):
        return [x for chunk in chunks for x in chunk[::-1]]
'''),
    dict(name="reverse-everything", correct=False,
         note="Wrong: reversing the flat list also reverses the order of the chunks.",
         code='''\
class Solution:
    def flattenReversed(self, chunks):
        flat = [x for chunk in chunks for x in chunk]
        return flat[::-1]
'''),
]
