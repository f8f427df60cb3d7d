PROBLEM = dict(
    problem_id="word-frequency-top",
    title="Ten Most Frequent Words",
    io="stdio",
    difficulty="medium",
    tags=["string", "hashing", "sorting"],
    split="test",
    statement="""\
A text of `n` lines is given. Every line consists of words made of lowercase English letters, separated by
single spaces; a line may also be empty. Report the ten words that occur most often in the whole text.

Order the words by number of occurrences, largest first; words with the same number of occurrences are ordered
alphabetically. Print the first ten words of this order (all of them if the text has fewer than ten distinct
words), one per line, as `word count`. If the text has no words at all, print nothing.

**Input.** The first line holds `n`. Each of the next `n` lines holds one line of the text.

**Output.** Up to ten lines `word count`, as described above.

**Example.**

```
3
the cat saw the dog
a dog saw the cat

```

prints

```
the 3
cat 2
dog 2
saw 2
a 1
```

**Constraints.** `1 <= n <= 2000`, at most `40000` words in total, each word has `1` to `8` letters.
""",
    starter_code="",
)

EDGE_INPUTS = [
    "3\nthe cat saw the dog\na dog saw the cat\n\n",
    "1\nhello\n",
    "2\n\n\n",
    "1\nm l k j i h g f e d c b a\n",
    "3\nzz yy xx ww vv uu tt ss rr qq pp oo\nzz yy xx ww vv uu tt ss rr qq pp oo\nnn oo\n",
    "2\nb a b a c c\nd d e e f f g g h h i i j j k k\n",
    "4\nx\nx x\nx x x\ny\n",
]


def perf_inputs(rng):
    letters = "abcdefghijklmnopqrstuvwxyz"
    tests = []
    for vocab_size in (1500, 1200):
        vocab = set()
        while len(vocab) < vocab_size:
            vocab.add("".join(rng.choice(letters) for _ in range(rng.randint(1, 8))))
        vocab = sorted(vocab)
        rng.shuffle(vocab)
        weights = [1.0 / (k + 10) for k in range(vocab_size)]
        words = rng.choices(vocab, weights=weights, k=40000)
        lines, pos = [], 0
        while pos < len(words):
            k = rng.randint(0, 40)
            lines.append(" ".join(words[pos:pos + k]))
            pos += k
        tests.append(f"{len(lines)}\n" + "\n".join(lines) + "\n")
    return tests


SOLUTIONS = [
    dict(name="counter-sorted", correct=True, time="fast", memory="hungry", reference=True,
         note="O(W + D log D): Counter over every word of the whole input, then one sort by (-count, word).",
         code='''\
import sys
from collections import Counter

words = sys.stdin.read().split()[1:]
counts = Counter(words)
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
sys.stdout.write("".join(f"{w} {c}\\n" for w, c in ranked))
'''),
    dict(name="stream-heap", correct=True, time="fast", memory="lean",
         note="O(W + D log 10): counts line by line in a dict, then heapq.nsmallest picks the top ten.",
         code='''\
import sys
import heapq


def main():
    readline = sys.stdin.readline
    n = int(readline())
    freq = {}
    for _ in range(n):
        for w in readline().split():
            freq[w] = freq.get(w, 0) + 1
    top = heapq.nsmallest(10, freq.items(), key=lambda kv: (-kv[1], kv[0]))
    for w, c in top:
        sys.stdout.write(f"{w} {c}\\n")


main()
'''),
    dict(name="defaultdict-input", correct=True, time="fast", memory="medium",
         note="O(W + D log D): defaultdict(int) filled with input() per line, full sort at the end.",
         code='''\
from collections import defaultdict

n = int(input())
freq = defaultdict(int)
for _ in range(n):
    for word in input().split():
        freq[word] += 1
order = sorted(freq, key=lambda w: (-freq[w], w))
for w in order[:10]:
    print(w, freq[w])
'''),
    dict(name="sort-groupby", correct=True, time="medium", memory="hungry",
         note="O(W log W): sorts the full list of words, measures runs with groupby, sorts the runs.",
         code='''\
import sys
from itertools import groupby

lines = sys.stdin.read().split("\\n")
n = int(lines[0])
words = []
for line in lines[1:1 + n]:
    words.extend(line.split())
words.sort()
runs = [(len(list(group)), word) for word, group in groupby(words)]
runs.sort(key=lambda r: (-r[0], r[1]))
print("\\n".join(f"{w} {c}" for c, w in runs[:10]))
'''),
    dict(name="list-count", correct=True, time="slow", memory="hungry",
         note="O(W * D): keeps every line and every word in lists and calls list.count once per distinct word.",
         code='''\
n = int(input())
lines = [input() for _ in range(n)]
words = [w for line in lines for w in line.split()]
result = []
for w in set(words):
    result.append((-words.count(w), w))
result.sort()
for negc, w in result[:10]:
    print(w, -negc)
'''),
    dict(name="parallel-lists", correct=True, time="slow", memory="lean",
         note="O(W * D): distinct words and their counts in two parallel lists, found with list.index.",
         code='''\
import sys


def main():
    n = int(sys.stdin.readline())
    vocab = []
    counts = []
    for _ in range(n):
        for w in sys.stdin.readline().split():
            if w in vocab:
                counts[vocab.index(w)] += 1
            else:
                vocab.append(w)
                counts.append(1)
    best = sorted(zip(counts, vocab), key=lambda p: (-p[0], p[1]))
    for c, w in best[:10]:
        print(w, c)


main()
'''),
    dict(name="most-common", correct=False,
         note="Wrong: Counter.most_common breaks ties by first appearance, not alphabetically.",
         code='''\
import sys
from collections import Counter

n = int(sys.stdin.readline())
counter = Counter()
for _ in range(n):
    counter.update(sys.stdin.readline().split())
for w, c in counter.most_common(10):
    print(w, c)
'''),
]
