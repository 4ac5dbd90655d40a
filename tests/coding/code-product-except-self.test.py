# Checks the Python solution printed in content/questions/coding/code-product-except-self.md.
import random


def reference(nums):
    out = []
    for i in range(len(nums)):
        product = 1
        for j, x in enumerate(nums):
            if j != i:
                product *= x
        out.append(product)
    return out


assert product_except_self([1, 2, 3, 4]) == [24, 12, 8, 6]
assert product_except_self([-1, 1, 0, -3, 3]) == [0, 0, 9, 0, 0]
assert product_except_self([0, 0]) == [0, 0]
assert product_except_self([2, 3]) == [3, 2]
assert product_except_self([5, 0, 2]) == [0, 10, 0]

rng = random.Random(5)
for _ in range(500):
    nums = [rng.randint(-4, 4) for _ in range(rng.randint(2, 9))]
    assert product_except_self(nums) == reference(nums), nums
