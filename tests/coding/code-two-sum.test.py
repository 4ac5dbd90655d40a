# Checks the Python solution printed in content/questions/coding/code-two-sum.md.
import random

assert two_sum([8, 3, 11, 5], 16) == [2, 3]
assert two_sum([3, 3], 6) == [0, 1]
assert two_sum([4, 1, 2], 8) == []
assert two_sum([-3, 7, 10], 7) == [0, 2]
assert two_sum([0, 4, 0], 0) == [0, 2]
assert two_sum([], 5) == []
assert two_sum([5], 10) == []
assert two_sum([-1, 5, 2**31 - 6], 2**31 - 1) == [1, 2]


def reference(nums, target):
    for j in range(len(nums)):
        for i in range(j):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []


rng = random.Random(77)
for round_ in range(500):
    nums = [rng.randint(-20, 20) for _ in range(rng.randrange(20))]
    target = rng.randint(-30, 30)
    expected, actual = reference(nums, target), two_sum(nums, target)
    if not expected:
        assert actual == [], (nums, target, actual)
    else:
        i, j = actual
        assert j == expected[1] and 0 <= i < j and nums[i] + nums[j] == target, (nums, target)
