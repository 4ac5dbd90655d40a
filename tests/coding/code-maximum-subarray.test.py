# Checks the Python solution printed in content/questions/coding/code-maximum-subarray.md.
import random


def reference(nums):
    return max(sum(nums[i:j]) for i in range(len(nums)) for j in range(i + 1, len(nums) + 1))


assert max_sub_array([-2, 1, -3, 4, -1, 2, 1, -5, 4]) == 6
assert max_sub_array([-3, -1, -2]) == -1

rng = random.Random(13)
for _ in range(500):
    nums = [rng.randint(-10, 10) for _ in range(rng.randint(1, 20))]
    assert max_sub_array(nums) == reference(nums), nums
