# Checks the Python solution printed in content/questions/coding/code-missing-number.md.
import random

assert missing_number([3, 0, 1]) == 2
assert missing_number([0, 1]) == 2
assert missing_number([9, 6, 4, 2, 3, 5, 7, 0, 1]) == 8
assert missing_number([1]) == 0
assert missing_number([0]) == 1

rng = random.Random(14)
for round_ in range(300):
    n = rng.randint(1, 10**4 if round_ < 5 else 40)
    gone = rng.randint(0, n)
    nums = [v for v in range(n + 1) if v != gone]
    rng.shuffle(nums)
    before = list(nums)
    assert missing_number(nums) == gone, (n, gone)
    assert nums == before, "the input was modified"
