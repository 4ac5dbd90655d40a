# Checks the Python solution printed in content/questions/coding/code-search-rotated-array.md.
import random

assert search([4, 5, 6, 7, 0, 1, 2], 0) == 4
assert search([4, 5, 6, 7, 0, 1, 2], 3) == -1
assert search([3, 1], 1) == 1
assert search([], 5) == -1

# Every rotation of sorted arrays of distinct values, every present and absent target.
rng = random.Random(17)
for _ in range(200):
    values = sorted(rng.sample(range(-30, 30), rng.randint(1, 12)))
    for shift in range(len(values)):
        nums = values[shift:] + values[:shift]
        for target in range(-31, 31):
            expected = nums.index(target) if target in nums else -1
            assert search(nums, target) == expected, (nums, target)
