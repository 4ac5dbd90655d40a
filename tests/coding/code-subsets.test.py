# Checks the Python solution printed in content/questions/coding/code-subsets.md.
import random


def norm(sets):
    return sorted(sorted(s) for s in sets)


def by_bitmask(nums):
    n = len(nums)
    return norm([[nums[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n)])


assert norm(subsets([1, 2, 3])) == [[], [1], [1, 2], [1, 2, 3], [1, 3], [2], [2, 3], [3]]
assert subsets([]) == [[]]
assert norm(subsets([-3])) == [[], [-3]]
assert len(subsets(list(range(-10, 0)))) == 1024

rng = random.Random(41)
for round_ in range(200):
    nums = rng.sample(range(-10, 11), rng.randrange(9))
    result = subsets(nums)
    assert len(result) == 1 << len(nums), (nums, len(result))
    assert norm(result) == by_bitmask(nums), nums
    # Each subset keeps the input's relative order, so it appears exactly once.
    assert len({tuple(s) for s in result}) == len(result), nums
