# Checks the Python solution printed in content/questions/coding/code-jump-game.md.
import random


def reference(nums):
    # mark every reachable index, jump by jump
    reach = [False] * len(nums)
    reach[0] = True
    for i, jump in enumerate(nums):
        if reach[i]:
            for j in range(i + 1, min(len(nums), i + jump + 1)):
                reach[j] = True
    return reach[-1]


assert can_jump([2, 3, 1, 1, 4])
assert not can_jump([3, 2, 1, 0, 4])
assert can_jump([0])

rng = random.Random(17)
for _ in range(1000):
    nums = [rng.choice([0, 0, 1, 2, 3]) for _ in range(rng.randint(1, 15))]
    assert can_jump(nums) == reference(nums), nums
