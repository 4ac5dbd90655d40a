# Checks the Python solution printed in content/questions/coding/code-k-closest-points.md.
import random


def squared(p):
    return p[0] * p[0] + p[1] * p[1]


def check(points, k):
    by_distance = sorted(points, key=squared)
    if k < len(points) and squared(by_distance[k - 1]) == squared(by_distance[k]):
        return  # a tie at the boundary: the answer would not be unique
    assert sorted(k_closest(points, k)) == sorted(by_distance[:k]), (points, k)


check([[1, 3], [-2, 2]], 1)
check([[10000, 10000], [-10000, -10000], [1, -1]], 1)
check([[1, 1], [1, 1], [5, 5]], 2)

rng = random.Random(987)
for _ in range(500):
    points = [[rng.randint(-20, 20), rng.randint(-20, 20)] for _ in range(rng.randint(1, 30))]
    check(points, rng.randint(1, len(points)))
big = [[rng.randint(-10000, 10000), rng.randint(-10000, 10000)] for _ in range(10000)]
check(big, 100)
