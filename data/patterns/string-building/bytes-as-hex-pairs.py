PROBLEM = dict(
    problem_id="bytes-as-hex-pairs",
    title="Bytes as Hex Pairs",
    io="call",
    entry_point="hexDump",
    difficulty="easy",
    tags=["string", "formatting"],
    pattern="string-building",
    split="test",
    statement="""\
Write each byte of `data` (integers 0..255) as two lowercase hex digits and separate them by single spaces.

**Example.** `data = [0, 255, 16]` gives `"00 ff 10"`.

**Constraints.** `0 <= len(data) <= 5 * 10^4`, `0 <= data[i] <= 255`.
""",
    starter_code="class Solution:\n    def hexDump(self, data: List[int]) -> str:\n",
)

EDGE_INPUTS = [
    [[0, 255, 16]],
    [[]],
    [[7]],
    [[10, 11]],
    [[255, 255]],
    [[1, 2, 3, 4]],
]


def perf_inputs(rng):
    return [[[rng.randint(0, 255) for _ in range(30000)]]]


SOLUTIONS = [
    dict(name="bytes-hex", correct=True, time="fast", reference=True,
         note="bytes(data).hex(' ') formats every byte in one C call: O(n).",
         code='''\
class Solution:
    def hexDump(self, data):
        return bytes(data).hex(" ")
'''),
    dict(name="concat-bytes", correct=True, time="slow",
         note="`out = out + ' ' + format(b, '02x')` copies the output for every byte: O(n^2).",
         code='''\
class Solution:
    def hexDump(self, data):
        out = ""
        for b in data:
            if out:
                out = out + " " + format(b, "02x")
            else:
                out = format(b, "02x")
        return out
'''),
    dict(name="no-padding", correct=False,
         note="Wrong: hex() drops the leading zero, so bytes below 16 come out as one digit.",
         code='''\
class Solution:
    def hexDump(self, data):
        return " ".join(hex(b)[2:] for b in data)
'''),
    dict(name="table-join", correct=True, time="fast",
         note="Look each byte up in a table of the 256 hex pairs and join the pieces once: O(n).",
         code='''\
class Solution:
    def hexDump(self, data):
        pair = ["%02x" % i for i in range(256)]
        return " ".join(pair[b] for b in data)
'''),
]
