PROBLEM = dict(
    problem_id="playlist-pairs-minute-multiple",
    title="Song Pairs Lasting Whole Minutes",
    io="call",
    entry_point="wholeMinutePairs",
    difficulty="easy",
    tags=["array", "hash-table", "counting"],
    pattern="pair-search",
    split="train",
    statement="""\
`seconds[i]` is the length of song `i`. Count the pairs of songs `i < j` whose total length is a multiple of 60
seconds.

**Example.** `seconds = [30, 20, 150, 100, 40]` gives `3`: (30, 150), (20, 100), (20, 40).

**Constraints.** `0 <= len(seconds) <= 3000`, `1 <= seconds[i] <= 1000`.
""",
    starter_code="class Solution:\n    def wholeMinutePairs(self, seconds: List[int]) -> int:\n",
)

EDGE_INPUTS = [[[30, 20, 150, 100, 40]], [[]], [[60]], [[60, 60, 60]], [[30, 30, 90]], [[1, 2, 3]], [[59, 1, 61]]]


def perf_inputs(rng):
    return [[[rng.randint(1, 1000) for _ in range(1100)]]]


SOLUTIONS = [
    dict(name="remainder-counts", correct=True, time="fast", reference=True,
         note="Pair each song with the earlier songs whose remainder completes a minute, counted in a dict: O(n).",
         code='''\
class Solution:
    def wholeMinutePairs(self, seconds):
        count_by_rest = {}
        pairs = 0
        for s in seconds:
            need = (60 - s % 60) % 60
            pairs += count_by_rest.get(need, 0)
            count_by_rest[s % 60] = count_by_rest.get(s % 60, 0) + 1
        return pairs
'''),
    dict(name="remainder-array", correct=True, time="fast",
         note="The same one pass with a 60-slot list of remainder counts instead of a dict.",
         code='''\
class Solution:
    def wholeMinutePairs(self, seconds):
        rests = [0] * 60
        pairs = 0
        for s in seconds:
            pairs += rests[-s % 60]
            rests[s % 60] += 1
        return pairs
'''),
    dict(name="all-pairs", correct=True, time="slow",
         note="Checks the sum of every pair i < j: O(n^2) where counting remainders does one pass.",
         code='''\
class Solution:
    def wholeMinutePairs(self, seconds):
        pairs = 0
        for i in range(len(seconds)):
            for j in range(i + 1, len(seconds)):
                if (seconds[i] + seconds[j]) % 60 == 0:
                    pairs += 1
        return pairs
'''),
    dict(name="zero-rest-missed", correct=False,
         note="Wrong: looks up 60 - s % 60, which is 60 (never a remainder) for whole-minute songs, so their pairs are lost.",
         code='''\
class Solution:
    def wholeMinutePairs(self, seconds):
        rests = {}
        pairs = 0
        for s in seconds:
            pairs += rests.get(60 - s % 60, 0)
            rests[s % 60] = rests.get(s % 60, 0) + 1
        return pairs
'''),
]
