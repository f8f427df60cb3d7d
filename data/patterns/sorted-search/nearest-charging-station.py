PROBLEM = dict(
    problem_id="nearest-charging-station",
    title="Distance to the Nearest Charging Station",
    io="call",
    entry_point="nearestDistances",
    difficulty="easy",
    tags=["array", "binary-search"],
    pattern="sorted-search",
    split="test",
    statement="""\
Charging stations stand along a road at the positions `stations`, sorted in increasing order (at least one).
For each car position in `cars`, return the distance to the closest station.

**Example.** `stations = [2, 10, 30]`, `cars = [0, 7, 25, 40]` gives `[2, 3, 5, 10]`.

**Constraints.** `1 <= len(stations) <= 3000`, `0 <= len(cars) <= 3000`, `0 <= positions <= 10^9`.
""",
    starter_code="class Solution:\n    def nearestDistances(self, stations: List[int], cars: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[2, 10, 30], [0, 7, 25, 40]],
    [[5], [5, 0, 9]],
    [[1, 3], []],
    [[1, 3], [2]],
    [[0, 0, 10], [4, 6]],
    [[100, 200], [10**9, 150]],
]


def perf_inputs(rng):
    stations = sorted(rng.sample(range(10**9), 2000))
    cars = [rng.randint(0, 10**9) for _ in range(400)]
    return [[stations, cars]]


SOLUTIONS = [
    dict(name="bisect-neighbours", correct=True, time="fast", reference=True,
         note="bisect_left finds where the car falls among the sorted stations; only its two neighbours can be "
              "closest: O(log n) per car.",
         code='''\
from bisect import bisect_left

class Solution:
    def nearestDistances(self, stations, cars):
        result = []
        for c in cars:
            i = bisect_left(stations, c)
            best = abs(stations[i] - c) if i < len(stations) else float("inf")
            if i > 0:
                best = min(best, c - stations[i - 1])
            result.append(best)
        return result
'''),
    dict(name="min-over-all", correct=True, time="slow",
         note="Taking the minimum over every station ignores the sorted order: O(n) per car, O(n * q) in all.",
         code='''\
class Solution:
    def nearestDistances(self, stations, cars):
        result = []
        for c in cars:
            best = abs(stations[0] - c)
            for s in stations:
                if abs(s - c) < best:
                    best = abs(s - c)
            result.append(best)
        return result
'''),
    dict(name="sorted-cars-sweep", correct=True, time="fast",
         note="Visiting the cars in sorted order lets one pointer sweep the stations once: O(q log q + n).",
         code='''\
class Solution:
    def nearestDistances(self, stations, cars):
        result = [0] * len(cars)
        j = 0
        for k in sorted(range(len(cars)), key=lambda k: cars[k]):
            c = cars[k]
            while j + 1 < len(stations) and stations[j + 1] <= c:
                j += 1
            best = abs(stations[j] - c)
            if j + 1 < len(stations):
                best = min(best, abs(stations[j + 1] - c))
            result[k] = best
        return result
'''),
    dict(name="right-neighbour-only", correct=False,
         note="Wrong: looks only at the first station at or after the car, never the one just before it.",
         code='''\
from bisect import bisect_left

class Solution:
    def nearestDistances(self, stations, cars):
        result = []
        for c in cars:
            i = min(bisect_left(stations, c), len(stations) - 1)
            result.append(abs(stations[i] - c))
        return result
'''),
]
