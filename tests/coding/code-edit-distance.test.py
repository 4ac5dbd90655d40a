# Checks the Python solution printed in content/questions/coding/code-edit-distance.md.
import random
from functools import lru_cache


def reference(a, b):
    # plain recursion on the last characters, memoised
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == 0 or j == 0:
            return i + j
        if a[i - 1] == b[j - 1]:
            return d(i - 1, j - 1)
        return 1 + min(d(i - 1, j - 1), d(i - 1, j), d(i, j - 1))

    return d(len(a), len(b))


assert min_distance("kitten", "sitting") == 3
assert min_distance("", "") == 0

rng = random.Random(4)
for _ in range(500):
    a = "".join(rng.choice("abc") for _ in range(rng.randrange(10)))
    b = "".join(rng.choice("abc") for _ in range(rng.randrange(10)))
    got = min_distance(a, b)
    assert got == reference(a, b), (a, b)
    assert got == min_distance(b, a)  # the distance is symmetric
