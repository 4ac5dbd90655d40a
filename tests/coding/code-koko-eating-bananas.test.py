# Checks the Python solution printed in content/questions/coding/code-koko-eating-bananas.md.
import random


def reference(piles, h):
    k = 1
    while sum(-(-pile // k) for pile in piles) > h:
        k += 1
    return k


assert min_eating_speed([3, 6, 7, 11], 8) == 4
assert min_eating_speed([30, 11, 23, 4, 20], 5) == 30
assert min_eating_speed([30, 11, 23, 4, 20], 6) == 23
assert min_eating_speed([10**9] * 10**4, 10**9) == 10**4

rng = random.Random(19)
for _ in range(500):
    piles = [rng.randint(1, 30) for _ in range(rng.randint(1, 6))]
    h = rng.randint(len(piles), 3 * sum(piles))
    assert min_eating_speed(piles, h) == reference(piles, h), (piles, h)
