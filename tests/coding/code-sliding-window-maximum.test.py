# Checks the Python solution printed in content/questions/coding/code-sliding-window-maximum.md.
import random


def reference(nums, k):
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]


assert max_sliding_window([1, 3, -1, -3, 5, 3, 6, 7], 3) == [3, 3, 5, 5, 6, 7]
assert max_sliding_window([9, 8, 7, 6], 2) == [9, 8, 7]
assert max_sliding_window([1], 1) == [1]
assert max_sliding_window([5, 5, 5], 2) == [5, 5]

rng = random.Random(10)
for _ in range(1000):
    nums = [rng.randint(-5, 5) for _ in range(rng.randint(1, 12))]
    k = rng.randint(1, len(nums))
    assert max_sliding_window(nums, k) == reference(nums, k), (nums, k)
