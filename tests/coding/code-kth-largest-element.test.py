# Checks the Python solution printed in content/questions/coding/code-kth-largest-element.md.
import random

nums = [3, 2, 3, 1, 2, 4, 5, 5, 6]
original = list(nums)
assert find_kth_largest(nums, 4) == 4
assert nums == original, "the input was modified"

rng = random.Random(1597)
for _ in range(500):
    nums = [rng.randint(-10, 10) for _ in range(rng.randint(1, 40))]
    k = rng.randint(1, len(nums))
    assert find_kth_largest(nums, k) == sorted(nums, reverse=True)[k - 1], (nums, k)
big = [rng.randint(-10000, 10000) for _ in range(100000)]
assert find_kth_largest(big, 50000) == sorted(big, reverse=True)[49999]
