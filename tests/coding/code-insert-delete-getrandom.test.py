# Checks the Python solution printed in content/questions/coding/code-insert-delete-getrandom.md.
import random
from collections import Counter

s = RandomizedSet(seed=42)
assert s.insert(4) is True
assert s.insert(4) is False
assert s.insert(9) is True
assert s.get_random() in (4, 9)
assert s.remove(4) is True
assert s.remove(4) is False
assert s.get_random() == 9
assert len(s) == 1

s = RandomizedSet(seed=1)
assert s.remove(7) is False
assert s.insert(7) and s.remove(7) and len(s) == 0
assert s.insert(7) and s.insert(8)
assert s.remove(8)                 # removing the last element
assert s.get_random() == 7
assert s.insert(-5) and s.remove(7)
assert s.get_random() == -5

try:
    RandomizedSet(seed=3).get_random()
except IndexError:
    pass
else:
    raise AssertionError("get_random on an empty set should raise IndexError")

rng = random.Random(5)
s = RandomizedSet(seed=2024)
model = set()
for step in range(30000):
    value = rng.randrange(-100, 100)
    op = rng.randrange(3)
    if op == 0:
        assert s.insert(value) == (value not in model), f"insert diverged at {step}"
        model.add(value)
    elif op == 1:
        assert s.remove(value) == (value in model), f"remove diverged at {step}"
        model.discard(value)
    elif model:
        assert s.get_random() in model
    assert len(s) == len(model)

s = RandomizedSet(seed=7)
for v in range(10, 70, 10):
    s.insert(v)
s.remove(30)
counts = Counter(s.get_random() for _ in range(50000))
assert set(counts) == {10, 20, 40, 50, 60}, counts
assert all(9000 <= c <= 11000 for c in counts.values()), counts
