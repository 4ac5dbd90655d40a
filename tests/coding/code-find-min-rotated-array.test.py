# Checks the Python solution printed in content/questions/coding/code-find-min-rotated-array.md.
import random

assert find_min([3, 4, 5, 1, 2]) == 1
assert find_min([11, 13, 15, 17]) == 11
assert find_min([2, 1]) == 1
assert find_min([7]) == 7

# Every rotation of random sorted arrays of distinct values.
rng = random.Random(18)
for _ in range(300):
    values = sorted(rng.sample(range(-50, 50), rng.randint(1, 15)))
    for shift in range(len(values)):
        nums = values[shift:] + values[:shift]
        assert find_min(nums) == values[0], nums
