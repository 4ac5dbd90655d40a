# Checks the Python solution printed in content/questions/coding/code-house-robber.md.
import random


def reference(nums):
    # every subset as a bit mask, keeping those with no two adjacent bits
    best = 0
    for mask in range(1 << len(nums)):
        if mask & (mask >> 1) == 0:
            best = max(best, sum(v for i, v in enumerate(nums) if mask >> i & 1))
    return best


assert rob([1, 2, 3, 1]) == 4
assert rob([2, 7, 9, 3, 1]) == 12
assert rob([2, 1, 1, 2]) == 4
assert rob([3, 4, 3]) == 6
assert rob([]) == 0
assert rob([5]) == 5

rng = random.Random(11)
for _ in range(400):
    nums = [rng.randint(0, 30) for _ in range(rng.randrange(13))]
    assert rob(nums) == reference(nums), nums
