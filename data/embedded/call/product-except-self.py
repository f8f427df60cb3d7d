PROBLEM = dict(
    problem_id="product-except-self",
    title="Product of All Other Elements",
    io="call",
    entry_point="productExceptSelf",
    difficulty="medium",
    tags=["array", "prefix-product", "math"],
    split="test",
    statement="""\
Given a list of non-negative integers `nums`, return a list `out` of the same length where `out[i]` is the
product of every element of `nums` except the one at position `i`. Such products get huge, so report each one
modulo `M = 10^9 + 7`, i.e. `out[i] = (product of nums[j] for all j != i) mod M`. Note that `nums` may contain
zeros.

**Example.** `nums = [3, 0, 2, 5]` gives `[0, 30, 0, 0]`: only position `1` skips the zero, and `3 * 2 * 5 = 30`.
For `nums = [4, 5, 6]` the answer is `[30, 24, 20]`.

**Constraints.** `2 <= len(nums) <= 2000`, `0 <= nums[i] <= 1000`.
""",
    starter_code="class Solution:\n    def productExceptSelf(self, nums: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[3, 0, 2, 5]],
    [[4, 5, 6]],
    [[7, 9]],
    [[0, 0, 4, 2]],
    [[0, 8]],
    [[1, 1, 1, 1]],
    [[1000] * 12],
]


def perf_inputs(rng):
    n = 2000
    plain = [rng.randint(1, 1000) for _ in range(n)]
    with_zero = [rng.randint(1, 1000) for _ in range(n)]
    with_zero[rng.randrange(n)] = 0
    return [[plain], [with_zero]]


SOLUTIONS = [
    dict(name="two-pass-in-output", correct=True, time="fast", memory="lean", reference=True,
         note="O(n) time, O(1) extra memory besides the answer: prefix products left to right into the output, "
              "then multiply in suffix products right to left.",
         code='''\
class Solution:
    def productExceptSelf(self, nums):
        MOD = 10**9 + 7
        n = len(nums)
        out = [1] * n
        run = 1
        for i in range(n):
            out[i] = run
            run = run * nums[i] % MOD
        run = 1
        for i in range(n - 1, -1, -1):
            out[i] = out[i] * run % MOD
            run = run * nums[i] % MOD
        return out
'''),
    dict(name="prefix-suffix-lists", correct=True, time="fast", memory="medium",
         note="O(n) time, O(n) memory: separate prefix and suffix product lists, combined at the end.",
         code='''\
class Solution:
    def productExceptSelf(self, nums):
        MOD = 1_000_000_007
        n = len(nums)
        prefix = [1] * (n + 1)
        suffix = [1] * (n + 1)
        for i, x in enumerate(nums):
            prefix[i + 1] = prefix[i] * x % MOD
        for i in range(n - 1, -1, -1):
            suffix[i] = suffix[i + 1] * nums[i] % MOD
        return [prefix[i] * suffix[i + 1] % MOD for i in range(n)]
'''),
    dict(name="inverse-with-zero-count", correct=True, time="medium", memory="lean",
         note="O(n log M) time: the product of the non-zero values times a modular inverse (Fermat), with the "
              "zeros handled by counting them.",
         code='''\
class Solution:
    def productExceptSelf(self, nums):
        MOD = 10**9 + 7
        zeros = nums.count(0)
        if zeros > 1:
            return [0] * len(nums)
        total = 1
        for x in nums:
            if x:
                total = total * x % MOD
        if zeros == 1:
            return [total if x == 0 else 0 for x in nums]
        return [total * pow(x, MOD - 2, MOD) % MOD for x in nums]
'''),
    dict(name="big-int-prefix-suffix", correct=True, time="medium", memory="hungry",
         note="O(n^2) digit work, O(n^2) bits of memory: prefix and suffix products kept as exact big integers, "
              "reduced modulo M only at the end.",
         code='''\
from itertools import accumulate
import operator

class Solution:
    def productExceptSelf(self, nums):
        MOD = 10**9 + 7
        prefix = [1] + list(accumulate(nums, operator.mul))
        suffix = list(accumulate(reversed(nums), operator.mul))[::-1] + [1]
        return [prefix[i] * suffix[i + 1] % MOD for i in range(len(nums))]
'''),
    dict(name="product-of-the-rest", correct=True, time="slow", memory="lean",
         note="O(n^2) time, O(1) extra memory: for every position multiply all the others, reducing as it goes.",
         code='''\
class Solution:
    def productExceptSelf(self, nums):
        MOD = 10**9 + 7
        n = len(nums)
        out = []
        for i in range(n):
            p = 1
            for j in range(n):
                if j != i:
                    p = p * nums[j] % MOD
            out.append(p)
        return out
'''),
    dict(name="reduce-over-slices", correct=True, time="slow", memory="medium",
         note="O(n^2) time: functools.reduce over the concatenation of the slices before and after i.",
         code='''\
from functools import reduce

class Solution:
    def productExceptSelf(self, nums):
        MOD = 10**9 + 7
        return [reduce(lambda a, b: a * b % MOD, nums[:i] + nums[i + 1:], 1) for i in range(len(nums))]
'''),
    dict(name="inverse-ignores-zero", correct=False,
         note="Wrong: divides the full product by each element with a modular inverse; with a zero in the list "
              "the product is 0 and pow(0, M - 2, M) is 0, so the zero's own slot gets 0 instead of the product "
              "of the others.",
         code='''\
class Solution:
    def productExceptSelf(self, nums):
        MOD = 10**9 + 7
        total = 1
        for x in nums:
            total = total * x % MOD
        return [total * pow(x, MOD - 2, MOD) % MOD for x in nums]
'''),
]
