PROBLEM = dict(
    problem_id="evaluate-left-to-right-tokens",
    title="Evaluate Left to Right",
    io="call",
    entry_point="evaluate",
    difficulty="easy",
    tags=["array", "simulation"],
    pattern="pop-front",
    split="train",
    statement="""\
The expression `values[0] ops[0] values[1] ops[1] ... values[-1]` uses only `"+"` and `"-"`, and
`len(ops) == len(values) - 1`. Evaluate it from left to right and return the result.

**Example.** `values = [7, 2, 10]`, `ops = ["-", "+"]` gives `15`.

**Constraints.** `1 <= len(values) <= 3 * 10^4`, `0 <= values[i] <= 10^6`.
""",
    starter_code="class Solution:\n    def evaluate(self, values: List[int], ops: List[str]) -> int:\n",
)

EDGE_INPUTS = [
    [[7, 2, 10], ["-", "+"]],
    [[5], []],
    [[0, 9], ["-"]],
    [[1, 1, 1], ["-", "-"]],
    [[3, 4], ["+"]],
    [[10, 3, 2, 1], ["-", "-", "+"]],
]


def perf_inputs(rng):
    values = [rng.randint(0, 10**6) for _ in range(20000)]
    ops = [rng.choice("+-") for _ in range(19999)]
    return [[values, ops]]


SOLUTIONS = [
    dict(name="zip-walk", correct=True, time="fast", reference=True,
         note="Walk the operators alongside values[1:] with zip; nothing is removed: O(n).",
         code='''\
class Solution:
    def evaluate(self, values, ops):
        total = values[0]
        for op, v in zip(ops, values[1:]):
            if op == "+":
                total += v
            else:
                total -= v
        return total
'''),
    dict(name="pop-front", correct=True, time="slow",
         note="Consuming both lists with `pop(0)` shifts everything left at each step: O(n^2).",
         code='''\
class Solution:
    def evaluate(self, values, ops):
        total = values.pop(0)
        while ops:
            op = ops.pop(0)
            v = values.pop(0)
            if op == "+":
                total += v
            else:
                total -= v
        return total
'''),
    dict(name="minus-binds-right", correct=False,
         note="Wrong: evaluates from the right, as if a - b - c meant a - (b - c).",
         code='''\
class Solution:
    def evaluate(self, values, ops):
        total = values[-1]
        for i in range(len(ops) - 1, -1, -1):
            total = values[i] + total if ops[i] == "+" else values[i] - total
        return total
'''),
    dict(name="index-loop", correct=True, time="fast",
         note="Index i reads ops[i] and values[i + 1] in O(1): O(n) in all.",
         code='''\
class Solution:
    def evaluate(self, values, ops):
        total = values[0]
        for i in range(len(ops)):
            total = total + values[i + 1] if ops[i] == "+" else total - values[i + 1]
        return total
'''),
]
