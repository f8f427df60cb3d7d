PROBLEM = dict(
    problem_id="prime-factor-list",
    title="List the Prime Factors",
    io="call",
    entry_point="primeFactors",
    difficulty="easy",
    tags=["math", "number-theory"],
    pattern="trial-division",
    split="train",
    statement="""\
Return the prime factors of `n` in non-decreasing order, each repeated as often as it divides `n`.

**Example.** `n = 360` gives `[2, 2, 2, 3, 3, 5]`; `n = 1` gives `[]`.

**Constraints.** `1 <= n <= 10^12`.
""",
    starter_code="class Solution:\n    def primeFactors(self, n: int) -> List[int]:\n",
)

EDGE_INPUTS = [[360], [1], [2], [97], [49], [2 * 99991], [1024]]


def perf_inputs(rng):
    return [[2 * 3 * 300007], [200003]]


SOLUTIONS = [
    dict(name="divide-to-root", correct=True, time="fast", reference=True,
         note="Once d * d exceeds what is left, the rest is 1 or a single prime: the loop stops at sqrt(n).",
         code='''\
class Solution:
    def primeFactors(self, n):
        factors, d = [], 2
        while d * d <= n:
            while n % d == 0:
                factors.append(d)
                n //= d
            d += 1
        if n > 1:
            factors.append(n)
        return factors
'''),
    dict(name="two-then-odds", correct=True, time="fast",
         note="Strips the factor 2 first, then only tries odd d while d * d <= n: about half the root steps.",
         code='''\
class Solution:
    def primeFactors(self, n):
        factors = []
        while n % 2 == 0 and n > 1:
            factors.append(2)
            n //= 2
        d = 3
        while d * d <= n:
            while n % d == 0:
                factors.append(d)
                n //= d
            d += 2
        if n > 1:
            factors.append(n)
        return factors
'''),
    dict(name="divide-until-one", correct=True, time="slow",
         note="Keeps raising d until n is 1, so a large prime factor is reached one step at a time: O(n) worst case.",
         code='''\
class Solution:
    def primeFactors(self, n):
        factors, d = [], 2
        while n > 1:
            if n % d == 0:
                factors.append(d)
                n //= d
            else:
                d += 1
        return factors
'''),
    dict(name="drops-last-prime", correct=False,
         note="Wrong: stops at the root and forgets the prime factor that is left over (97 gives []).",
         code='''\
class Solution:
    def primeFactors(self, n):
        factors, d = [], 2
        while d * d <= n:
            while n % d == 0:
                factors.append(d)
                n //= d
            d += 1
        return factors
'''),
]
