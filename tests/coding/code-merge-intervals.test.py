# Checks the Python solution printed in content/questions/coding/code-merge-intervals.md.
import random


def reference(intervals):
    # mark covered points on a doubled axis (so touching ends share a point), read back runs
    covered = set()
    for s, e in intervals:
        covered.update(range(2 * s, 2 * e + 1))
    runs, x = [], 0
    for x in sorted(covered):
        if runs and x == runs[-1][1] + 1:
            runs[-1][1] = x
        else:
            runs.append([x, x])
    return [[a // 2, b // 2] for a, b in runs]


assert merge_intervals([[1, 3], [2, 6], [8, 10], [15, 18]]) == [[1, 6], [8, 10], [15, 18]]
assert merge_intervals([]) == []
original = [[5, 7], [1, 2]]
merge_intervals(original)
assert original == [[5, 7], [1, 2]]  # the input is left alone

rng = random.Random(31)
for _ in range(500):
    intervals = []
    for _ in range(rng.randrange(8)):
        s = rng.randint(0, 20)
        intervals.append([s, s + rng.randint(0, 5)])
    assert merge_intervals(intervals) == reference(intervals), intervals
