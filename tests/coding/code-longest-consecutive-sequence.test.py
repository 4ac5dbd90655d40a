# Checks the Python solution printed in content/questions/coding/code-longest-consecutive-sequence.md.
import random


def reference(nums):
    values = sorted(set(nums))
    best = run = 0
    for i, x in enumerate(values):
        run = run + 1 if i and values[i - 1] == x - 1 else 1
        best = max(best, run)
    return best


assert longest_consecutive([100, 4, 200, 1, 3, 2]) == 4
assert longest_consecutive([0, 3, 7, 2, 5, 8, 4, 6, 0, 1]) == 9
assert longest_consecutive([1, 2, 0, 1]) == 3
assert longest_consecutive([]) == 0
assert longest_consecutive([-2**31, 2**31 - 1]) == 1
assert longest_consecutive([1] * 1000 + list(range(2, 2001))) == 2000

rng = random.Random(3)
for _ in range(500):
    nums = [rng.randint(-15, 15) for _ in range(rng.randrange(20))]
    assert longest_consecutive(nums) == reference(nums), nums
