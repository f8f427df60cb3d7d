PROBLEM = dict(
    problem_id="undo-last-word-log",
    title="Words Left After Undos",
    io="call",
    entry_point="finalWords",
    difficulty="easy",
    tags=["array", "stack", "simulation"],
    pattern="copy-in-loop",
    split="test",
    statement="""\
`events` is a log of a message being written: each entry is either a word, added at the end of the message, or
the string `"undo"`, which removes the last word (if there is one). Return the words of the final message.

**Example.** `events = ["hi", "you", "undo", "all", "undo", "undo", "ok"]` gives `["ok"]`.

**Constraints.** `0 <= len(events) <= 2 * 10^4`; words are 1 to 8 lowercase letters and never `"undo"`.
""",
    starter_code="class Solution:\n    def finalWords(self, events: List[str]) -> List[str]:\n",
)

EDGE_INPUTS = [
    [["hi", "you", "undo", "all", "undo", "undo", "ok"]],
    [["undo", "x"]],
    [[]],
    [["undo", "undo"]],
    [["a", "b", "c"]],
    [["a", "b", "undo", "c"]],
]


def perf_inputs(rng):
    words = ["".join(rng.choice("abcdefghij") for _ in range(5)) for _ in range(5500)]
    events = words[:4000] + ["undo"] * 2500 + [x for w in words[4000:] for x in (w, "undo")]
    return [[events]]


SOLUTIONS = [
    dict(name="append-pop", correct=True, time="fast", reference=True,
         note="A list used as a stack: append and pop at the end are O(1), so the log costs O(n).",
         code='''\
class Solution:
    def finalWords(self, events):
        message = []
        for e in events:
            if e == "undo":
                if message:
                    message.pop()
            else:
                message.append(e)
        return message
'''),
    dict(name="rebuild-each-event", correct=True, time="slow",
         note="message = message + [e] and message = message[:-1] copy the whole message at every event: "
              "O(n * length).",
         code='''\
class Solution:
    def finalWords(self, events):
        message = []
        for e in events:
            if e == "undo":
                message = message[:-1]
            else:
                message = message + [e]
        return message
'''),
    dict(name="skip-from-the-end", correct=True, time="fast",
         note="Reading the log backwards, a count of pending undos decides which words survive: O(n).",
         code='''\
class Solution:
    def finalWords(self, events):
        kept = []
        pending = 0
        for e in reversed(events):
            if e == "undo":
                pending += 1
            elif pending:
                pending -= 1
            else:
                kept.append(e)
        kept.reverse()
        return kept
'''),
    dict(name="count-undos", correct=False,
         note="Wrong: dropping as many words from the end as there are undos ignores when each undo happened.",
         code='''\
class Solution:
    def finalWords(self, events):
        words = [e for e in events if e != "undo"]
        n = max(0, len(words) - events.count("undo"))
        return words[:n]
'''),
]
