# Checks the Python solution printed in content/questions/coding/code-longest-increasing-subsequence.md.
import random


def reference(nums):
    # O(n^2): longest run ending at each index
    best = [1] * len(nums)
    for i in range(len(nums)):
        for j in range(i):
            if nums[j] < nums[i]:
                best[i] = max(best[i], best[j] + 1)
    return max(best, default=0)


assert length_of_lis([10, 9, 2, 5, 3, 7, 101, 18]) == 4
assert length_of_lis([7, 7, 7]) == 1
assert length_of_lis([]) == 0

rng = random.Random(8)
for _ in range(500):
    nums = [rng.randint(-6, 6) for _ in range(rng.randrange(25))]
    assert length_of_lis(nums) == reference(nums), nums
