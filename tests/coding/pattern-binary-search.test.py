# Checks the Python templates printed in content/questions/coding/pattern-binary-search.md.
import bisect
import random

assert first_true(1, 11, lambda k: sum(-(-p // k) for p in [3, 6, 7, 11]) <= 8) == 4   # Koko
assert first_true(0, 9, lambda x: False) == 10
assert first_true(5, 9, lambda x: True) == 5
rng = random.Random(22)
for _ in range(300):
    values = sorted(rng.randint(-5, 5) for _ in range(rng.randrange(8)))
    target = rng.randint(-6, 6)
    assert lower_bound(values, target) == bisect.bisect_left(values, target), (values, target)
