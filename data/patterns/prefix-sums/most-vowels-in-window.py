PROBLEM = dict(
    problem_id="most-vowels-in-window",
    title="Most Vowels in a Window",
    io="call",
    entry_point="maxVowels",
    difficulty="easy",
    tags=["string", "sliding-window"],
    pattern="prefix-sums",
    split="train",
    statement="""\
Return the largest number of vowels (`a e i o u`) found in any substring of `s` of length exactly `k`.

**Example.** `s = "leetcodes"`, `k = 3` gives `2` (`"lee"`, `"eet"`, `"ode"`).

**Constraints.** `1 <= k <= len(s) <= 10^4`, lowercase letters.
""",
    starter_code="class Solution:\n    def maxVowels(self, s: str, k: int) -> int:\n",
)

EDGE_INPUTS = [
    ["leetcodes", 3],
    ["a", 1],
    ["b", 1],
    ["aeiou", 2],
    ["xyzxyz", 6],
    ["bbbba", 2],
]


def perf_inputs(rng):
    return [["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(3000)), 600]]


SOLUTIONS = [
    dict(name="sliding-count", correct=True, time="fast", reference=True,
         note="Keep the window's vowel count and update it by the character entering and leaving: O(n).",
         code='''\
class Solution:
    def maxVowels(self, s, k):
        vowels = set("aeiou")
        count = sum(1 for ch in s[:k] if ch in vowels)
        best = count
        for i in range(k, len(s)):
            count += (s[i] in vowels) - (s[i - k] in vowels)
            best = max(best, count)
        return best
'''),
    dict(name="recount-each-window", correct=True, time="slow",
         note="Every window's vowels are counted again from scratch: O(k) per window, O(n * k).",
         code='''\
class Solution:
    def maxVowels(self, s, k):
        best = 0
        for i in range(len(s) - k + 1):
            count = 0
            for ch in s[i:i + k]:
                if ch in "aeiou":
                    count += 1
            best = max(best, count)
        return best
'''),
    dict(name="skips-last-window", correct=False,
         note="Wrong: the loop ends one window early, so a best window at the very end is missed.",
         code='''\
class Solution:
    def maxVowels(self, s, k):
        vowels = set("aeiou")
        count = sum(1 for ch in s[:k] if ch in vowels)
        best = count
        for i in range(k, len(s) - 1):
            count += (s[i] in vowels) - (s[i - k] in vowels)
            best = max(best, count)
        return best
'''),
    dict(name="prefix-counts", correct=True, time="fast",
         note="A prefix count of vowels makes every window's count one subtraction: O(n).",
         code='''\
class Solution:
    def maxVowels(self, s, k):
        prefix = [0]
        for ch in s:
            prefix.append(prefix[-1] + (ch in "aeiou"))
        return max(prefix[i + k] - prefix[i] for i in range(len(s) - k + 1))
'''),
]
