# Checks the Python solution printed in content/questions/coding/code-lru-cache.md.
# run_python.py executes the solution first, so LRUCache is already defined here.
import random

cache = LRUCache(2)
cache.put(1, 10)
cache.put(2, 20)
assert cache.get(1) == 10
cache.put(3, 30)
assert cache.get(2) == -1, "2 should have been evicted"
assert cache.get(3) == 30
cache.put(1, 11)
assert len(cache) == 2
assert cache.get(1) == 11
assert cache.get(3) == 30
cache.put(4, 40)
assert cache.get(1) == -1
assert cache.get(3) == 30 and cache.get(4) == 40

one = LRUCache(1)
one.put(5, 1)
one.put(6, 2)
assert one.get(5) == -1 and one.get(6) == 2

zero = LRUCache(0)
zero.put(1, 1)
assert zero.get(1) == -1 and len(zero) == 0

refresh = LRUCache(2)
refresh.put(1, 1)
refresh.put(2, 2)
assert refresh.get(9) == -1
refresh.put(1, 100)
refresh.put(3, 3)
assert refresh.get(2) == -1 and refresh.get(1) == 100 and refresh.get(3) == 3

# Random operations against a reference model built on an ordered list.
rng = random.Random(7)
capacity = 40
cache = LRUCache(capacity)
model = []  # list of [key, value], most recent first
for step in range(20000):
    key = rng.randrange(100)
    position = next((i for i, kv in enumerate(model) if kv[0] == key), None)
    if rng.random() < 0.5:
        if position is not None:
            model.pop(position)
        elif len(model) == capacity:
            model.pop()
        model.insert(0, [key, step])
        cache.put(key, step)
    else:
        expected = -1
        if position is not None:
            entry = model.pop(position)
            model.insert(0, entry)
            expected = entry[1]
        assert cache.get(key) == expected, f"diverged at step {step}"
