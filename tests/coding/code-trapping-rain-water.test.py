# Checks the Python solution printed in content/questions/coding/code-trapping-rain-water.md.
import random


def reference(height):
    return sum(min(max(height[:i + 1]), max(height[i:])) - h for i, h in enumerate(height))


assert trap([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]) == 6
assert trap([4, 2, 0, 3, 2, 5]) == 9
assert trap([]) == 0
assert trap([3, 0, 3]) == 3
assert trap([100000] + [0] * 19998 + [100000]) == 1999800000

rng = random.Random(4)
for _ in range(2000):
    height = [rng.randint(0, 6) for _ in range(rng.randrange(10))]
    assert trap(height) == reference(height), height
