PROBLEM = dict(
    problem_id="robot-distinct-cells",
    title="Cells a Robot Visits",
    io="call",
    entry_point="distinctCells",
    difficulty="easy",
    tags=["string", "simulation", "hash-set"],
    pattern="list-membership",
    split="test",
    statement="""\
A robot starts at cell (0, 0) of an infinite grid and follows `moves`, a string of `U`, `D`, `L`, `R` (one
step up, down, left, right each). Return how many different cells it stands on, the start included.

**Example.** `moves = "URDL"` gives `4`: (0,0), (0,1), (1,1), (1,0), then back to (0,0).

**Constraints.** `0 <= len(moves) <= 3000`.
""",
    starter_code="class Solution:\n    def distinctCells(self, moves: str) -> int:\n",
)

EDGE_INPUTS = [
    ["URDL"],
    [""],
    ["U"],
    ["UDUDUD"],
    ["RRRR"],
    ["LLRRUD"],
]


def perf_inputs(rng):
    walk = "".join(rng.choice("UDLRRU") for _ in range(3000))   # drifts up-right: most cells are new
    return [[walk]]


SOLUTIONS = [
    dict(name="visited-set", correct=True, time="fast", reference=True,
         note="Store visited cells as tuples in a set: O(1) average per step, O(n) in all.",
         code='''\
class Solution:
    def distinctCells(self, moves):
        step = {"U": (0, 1), "D": (0, -1), "L": (-1, 0), "R": (1, 0)}
        x = y = 0
        visited = {(0, 0)}
        for m in moves:
            dx, dy = step[m]
            x, y = x + dx, y + dy
            visited.add((x, y))
        return len(visited)
'''),
    dict(name="visited-list", correct=True, time="slow",
         note="Checking `(x, y) not in visited` on a list compares with every earlier cell: O(n^2).",
         code='''\
class Solution:
    def distinctCells(self, moves):
        step = {"U": (0, 1), "D": (0, -1), "L": (-1, 0), "R": (1, 0)}
        x = y = 0
        visited = [(0, 0)]
        for m in moves:
            dx, dy = step[m]
            x, y = x + dx, y + dy
            if (x, y) not in visited:
                visited.append((x, y))
        return len(visited)
'''),
    dict(name="forgets-start", correct=False,
         note="Wrong: the start cell is not counted, so a walk that never returns is one short.",
         code='''\
class Solution:
    def distinctCells(self, moves):
        step = {"U": (0, 1), "D": (0, -1), "L": (-1, 0), "R": (1, 0)}
        x = y = 0
        visited = set()
        for m in moves:
            dx, dy = step[m]
            x, y = x + dx, y + dy
            visited.add((x, y))
        return len(visited)
'''),
    dict(name="encoded-set", correct=True, time="fast",
         note="Encode each cell as one integer and keep a set: O(n), no tuple per lookup.",
         code='''\
class Solution:
    def distinctCells(self, moves):
        x = y = 0
        visited = {0}
        for m in moves:
            if m == "U": y += 1
            elif m == "D": y -= 1
            elif m == "L": x -= 1
            else: x += 1
            visited.add(x * 100003 + y)
        return len(visited)
'''),
]
