PROBLEM = dict(
    problem_id="min-meeting-rooms",
    title="Fewest Meeting Rooms",
    io="call",
    entry_point="minMeetingRooms",
    difficulty="medium",
    tags=["intervals", "sorting", "heap", "sweep-line"],
    split="test",
    statement="""\
Each meeting is a pair `[start, end]` with `start < end`, and it occupies its room during the half-open time
interval `[start, end)`: a meeting ending at time `t` and another starting at time `t` can share a room. A room
holds one meeting at a time. Return the smallest number of rooms that lets every meeting take place.

**Example.** `meetings = [[9, 12], [10, 11], [11, 14], [12, 13], [15, 16]]` gives `2`: `[9, 12)` and `[12, 13)`
in one room, `[10, 11)`, `[11, 14)` and `[15, 16)` in the other. Three meetings never run at once.

**Constraints.** `0 <= len(meetings) <= 3000`, `0 <= start < end <= 10^6`.
""",
    starter_code="class Solution:\n    def minMeetingRooms(self, meetings: List[List[int]]) -> int:\n",
)

EDGE_INPUTS = [
    [[[9, 12], [10, 11], [11, 14], [12, 13], [15, 16]]],
    [[]],
    [[[0, 1000000]]],
    [[[1, 3], [3, 5], [5, 7]]],
    [[[1, 4], [1, 4], [1, 4]]],
    [[[5, 10], [0, 6], [9, 12], [6, 9]]],
    [[[1, 10], [2, 3], [4, 5], [6, 7], [2, 8]]],
]


def perf_inputs(rng):
    def build(n, longest):
        out = []
        for _ in range(n):
            s = rng.randint(0, 10**6 - 2)
            out.append([s, min(10**6, s + rng.randint(1, longest))])
        return [out]
    return [build(3000, 60_000), build(3000, 5_000)]


SOLUTIONS = [
    dict(name="min-heap-of-ends", correct=True, time="fast", memory="medium", reference=True,
         note="O(n log n): sort by start, keep a min-heap of end times of the rooms in use and reuse the room "
              "that frees up first.",
         code='''\
import heapq

class Solution:
    def minMeetingRooms(self, meetings):
        ends = []
        for start, end in sorted(meetings):
            if ends and ends[0] <= start:
                heapq.heapreplace(ends, end)
            else:
                heapq.heappush(ends, end)
        return len(ends)
'''),
    dict(name="sorted-starts-ends", correct=True, time="fast", memory="lean",
         note="O(n log n): two sorted lists, starts and ends, merged with two pointers.",
         code='''\
class Solution:
    def minMeetingRooms(self, meetings):
        starts = sorted(m[0] for m in meetings)
        ends = sorted(m[1] for m in meetings)
        rooms = best = 0
        j = 0
        for s in starts:
            while ends[j] <= s:
                j += 1
                rooms -= 1
            rooms += 1
            best = max(best, rooms)
        return best
'''),
    dict(name="event-sweep", correct=True, time="fast", memory="medium",
         note="O(n log n): +1/-1 events sorted by time, ends before starts at equal times.",
         code='''\
class Solution:
    def minMeetingRooms(self, meetings):
        events = []
        for s, e in meetings:
            events.append((s, 1))
            events.append((e, -1))
        events.sort()
        cur = peak = 0
        for _, delta in events:
            cur += delta
            peak = max(peak, cur)
        return peak
'''),
    dict(name="timeline-array", correct=True, time="medium", memory="hungry",
         note="O(n + T) for time range T: a difference array over every time unit, then a running sum.",
         code='''\
from itertools import accumulate

class Solution:
    def minMeetingRooms(self, meetings):
        if not meetings:
            return 0
        horizon = max(e for _, e in meetings) + 1
        diff = [0] * horizon
        for s, e in meetings:
            diff[s] += 1
            diff[e] -= 1
        return max(accumulate(diff))
'''),
    dict(name="room-list-first-fit", correct=True, time="medium", memory="lean",
         note="O(n * R) for R rooms: by start time, give each meeting the first room that is already free.",
         code='''\
class Solution:
    def minMeetingRooms(self, meetings):
        free_at = []
        for start, end in sorted(meetings, key=lambda m: m[0]):
            for r in range(len(free_at)):
                if free_at[r] <= start:
                    free_at[r] = end
                    break
            else:
                free_at.append(end)
        return len(free_at)
'''),
    dict(name="count-at-each-start", correct=True, time="slow", memory="lean",
         note="O(n^2): the busiest moment is some meeting's start; count the meetings running at each start.",
         code='''\
class Solution:
    def minMeetingRooms(self, meetings):
        best = 0
        for s, _ in meetings:
            running = 0
            for a, b in meetings:
                if a <= s < b:
                    running += 1
            best = max(best, running)
        return best
'''),
    dict(name="closed-intervals", correct=False,
         note="Wrong: treats a meeting ending at t as still busy at t (`<` instead of `<=`), so back-to-back "
              "meetings get separate rooms.",
         code='''\
import heapq

class Solution:
    def minMeetingRooms(self, meetings):
        ends = []
        for start, end in sorted(meetings):
            if ends and ends[0] < start:
                heapq.heapreplace(ends, end)
            else:
                heapq.heappush(ends, end)
        return len(ends)
'''),
]
