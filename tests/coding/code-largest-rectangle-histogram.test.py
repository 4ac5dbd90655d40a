# Checks the Python solution printed in content/questions/coding/code-largest-rectangle-histogram.md.
import random


def reference(heights):
    return max([0] + [min(heights[i:j + 1]) * (j - i + 1)
                      for i in range(len(heights)) for j in range(i, len(heights))])


assert largest_rectangle_area([2, 1, 5, 6, 2, 3]) == 10
assert largest_rectangle_area([2, 4]) == 4
assert largest_rectangle_area([1, 2, 3]) == 4
assert largest_rectangle_area([]) == 0
heights = [2, 1, 2]
largest_rectangle_area(heights)
assert heights == [2, 1, 2]            # the caller's list is left alone

rng = random.Random(16)
for _ in range(1000):
    heights = [rng.randint(0, 6) for _ in range(rng.randrange(10))]
    assert largest_rectangle_area(heights) == reference(heights), heights
