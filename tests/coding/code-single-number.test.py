# Checks the Python solution printed in content/questions/coding/code-single-number.md.
import random

assert single_number([2, 2, 1]) == 1
assert single_number([4, 1, 2, 1, 2]) == 4
assert single_number([1]) == 1
assert single_number([-3, 7, -3]) == 7
assert single_number([5, 0, 5]) == 0
assert single_number([-30000, 30000, 30000]) == -30000

rng = random.Random(10)
for round_ in range(500):
    values = rng.sample(range(-30000, 30001), rng.randint(1, 60))
    single, pairs = values[0], values[1:]
    nums = pairs + pairs + [single]
    rng.shuffle(nums)
    assert single_number(nums) == single, nums
