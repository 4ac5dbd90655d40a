# Checks the Python solution printed in content/questions/coding/code-median-data-stream.md.
import random
import statistics

f = MedianFinder()
f.add(5)
assert f.median() == 5.0
f.add(15)
assert f.median() == 10.0
f.add(1)
assert f.median() == 5.0
f.add(3)
assert f.median() == 4.0

f = MedianFinder()
for _ in range(3):
    f.add(-2)
assert f.median() == -2.0
f.add(-7)
assert f.median() == -2.0

try:
    MedianFinder().median()
except ValueError:
    pass
else:
    raise AssertionError("median of an empty stream should raise ValueError")

big = MedianFinder()
big.add(2**31 - 1)
big.add(2**31 - 3)
assert big.median() == 2**31 - 2

rng = random.Random(11)
for name, values in (("ascending", list(range(1500))),
                     ("descending", list(range(1500, 0, -1))),
                     ("random", [rng.randrange(-500, 500) for _ in range(1500)])):
    f = MedianFinder()
    seen = []
    for v in values:
        f.add(v)
        seen.append(v)
        assert abs(f.median() - statistics.median(seen)) < 1e-9, f"{name} diverged at {len(seen)}"
    assert len(f) == len(seen)
