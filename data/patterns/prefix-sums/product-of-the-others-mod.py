PROBLEM = dict(
    problem_id="product-of-the-others-mod",
    title="Product of the Others, Modulo",
    io="call",
    entry_point="othersProduct",
    difficulty="easy",
    tags=["array", "prefix-product"],
    pattern="prefix-sums",
    split="train",
    statement="""\
For every index `i`, return the product of all elements of `nums` except `nums[i]`, modulo `10^9 + 7`
(an empty product is 1). Division is not allowed: a value may be 0.

**Example.** `nums = [2, 3, 0, 5]` gives `[0, 0, 30, 0]`.

**Constraints.** `1 <= len(nums) <= 5000`, `0 <= nums[i] <= 10^9`.
""",
    starter_code="class Solution:\n    def othersProduct(self, nums: List[int]) -> List[int]:\n",
)

EDGE_INPUTS = [
    [[2, 3, 0, 5]],
    [[7]],
    [[0]],
    [[3, 4]],
    [[0, 0, 2]],
    [[10**9, 10**9, 10**9]],
]


def perf_inputs(rng):
    return [[[rng.randint(1, 10**9) for _ in range(1000)]]]


SOLUTIONS = [
    dict(name="prefix-suffix", correct=True, time="fast", reference=True,
         note="Products to the left (prefix) and to the right (suffix) of i, each built in one pass: O(n).",
         code='''\
class Solution:
    def othersProduct(self, nums):
        M = 10**9 + 7
        n = len(nums)
        out = [1] * n
        left = 1
        for i in range(n):
            out[i] = left
            left = left * nums[i] % M
        right = 1
        for i in range(n - 1, -1, -1):
            out[i] = out[i] * right % M
            right = right * nums[i] % M
        return out
'''),
    dict(name="multiply-the-rest", correct=True, time="slow",
         note="The n - 1 other values are multiplied again for every index: O(n^2).",
         code='''\
class Solution:
    def othersProduct(self, nums):
        M = 10**9 + 7
        out = []
        for i in range(len(nums)):
            p = 1
            for j in range(len(nums)):
                if j != i:
                    p = p * nums[j] % M
            out.append(p)
        return out
'''),
    dict(name="divide-total", correct=False,
         note="Wrong: divides the total product by nums[i] with a modular inverse, which breaks when a value is 0.",
         code='''\
class Solution:
    def othersProduct(self, nums):
        M = 10**9 + 7
        total = 1
        for x in nums:
            total = total * x % M
        return [total * pow(x, M - 2, M) % M for x in nums]
'''),
    dict(name="prefix-tables", correct=True, time="fast",
         note="Two tables of prefix and suffix products, one multiplication per index: O(n).",
         code='''\
class Solution:
    def othersProduct(self, nums):
        M = 10**9 + 7
        n = len(nums)
        pre, suf = [1] * (n + 1), [1] * (n + 1)
        for i in range(n):
            pre[i + 1] = pre[i] * nums[i] % M
        for i in range(n - 1, -1, -1):
            suf[i] = suf[i + 1] * nums[i] % M
        return [pre[i] * suf[i + 1] % M for i in range(n)]
'''),
]
