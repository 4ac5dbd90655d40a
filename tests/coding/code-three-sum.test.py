# Checks the Python solution printed in content/questions/coding/code-three-sum.md.
import random
from itertools import combinations


def reference(nums):
    return sorted({tuple(sorted(c)) for c in combinations(nums, 3) if sum(c) == 0})


def norm(triplets):
    return sorted(tuple(sorted(t)) for t in triplets)


assert norm(three_sum([-1, 0, 1, 2, -1, -4])) == [(-1, -1, 2), (-1, 0, 1)]
assert three_sum([0, 1, 1]) == []
assert three_sum([0, 0, 0, 0]) == [[0, 0, 0]]
assert norm(three_sum([-2, -2, 1, 1, 1, 1])) == [(-2, 1, 1)]
assert three_sum([]) == []
nums = [3, -1, -2]
three_sum(nums)
assert nums == [3, -1, -2]            # the caller's list is not reordered

rng = random.Random(21)
for _ in range(600):
    nums = [rng.randint(-6, 6) for _ in range(rng.randrange(12))]
    result = three_sum(nums)
    assert len(result) == len(norm(result)) == len(set(norm(result))), nums   # no repeats
    assert norm(result) == reference(nums), nums
