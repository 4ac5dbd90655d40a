# Checks the Python solution printed in content/questions/coding/code-container-most-water.md.
import random


def reference(height):
    return max(min(height[i], height[j]) * (j - i)
               for i in range(len(height)) for j in range(i + 1, len(height)))


assert max_area([1, 8, 6, 2, 5, 4, 8, 3, 7]) == 49
assert max_area([1, 1]) == 1
assert max_area([1, 3, 3]) == 3
assert max_area([0, 0]) == 0
assert max_area([10000] * 100000) == 10000 * 99999

rng = random.Random(13)
for _ in range(1000):
    height = [rng.randint(0, 9) for _ in range(rng.randint(2, 10))]
    assert max_area(height) == reference(height), height
