# Checks the Python solution printed in content/questions/coding/code-non-overlapping-intervals.md.
import random
from itertools import combinations


def reference(intervals):
    # the largest subset with no overlaps (touching allowed), by brute force
    for size in range(len(intervals), 0, -1):
        for subset in combinations(sorted(intervals), size):
            if all(subset[i][1] <= subset[i + 1][0] for i in range(size - 1)):
                return len(intervals) - size
    return 0


assert erase_overlap_intervals([[1, 2], [2, 3], [3, 4], [1, 3]]) == 1
assert erase_overlap_intervals([]) == 0

rng = random.Random(43)
for _ in range(400):
    intervals = []
    for _ in range(rng.randrange(8)):
        s = rng.randint(-6, 6)
        intervals.append([s, s + rng.randint(1, 5)])
    assert erase_overlap_intervals(intervals) == reference(intervals), intervals
