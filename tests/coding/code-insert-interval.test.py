# Checks the Python solution printed in content/questions/coding/code-insert-interval.md.
import random


def reference(intervals, new):
    # append, sort, merge touching or overlapping intervals
    merged = []
    for s, e in sorted(intervals + [new]):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return merged


assert insert_interval([[1, 3], [6, 9]], [2, 5]) == [[1, 5], [6, 9]]
assert insert_interval([], [5, 7]) == [[5, 7]]

rng = random.Random(37)
for _ in range(1000):
    intervals, x = [], rng.randint(0, 3)
    for _ in range(rng.randrange(6)):
        s = x + rng.randint(0, 3)
        e = s + rng.randint(0, 3)
        intervals.append([s, e])
        x = e + 1  # disjoint and not touching
    s = rng.randint(0, 25)
    new = [s, s + rng.randint(0, 8)]
    assert insert_interval(intervals, new) == reference(intervals, new), (intervals, new)
