# Checks the Python solution printed in content/questions/coding/code-time-based-kv-store.md.
import random

t = TimeMap()
t.set("foo", "bar", 1)
assert t.get("foo", 1) == "bar" and t.get("foo", 3) == "bar"
t.set("foo", "bar2", 4)
assert t.get("foo", 4) == "bar2" and t.get("foo", 3) == "bar" and t.get("foo", 0) == ""
assert t.get("missing", 10) == ""

# Random writes with increasing timestamps, checked against a scan of every version.
rng = random.Random(20)
for _ in range(100):
    t, log, now = TimeMap(), [], 0
    for _ in range(60):
        key = rng.choice("ab")
        if rng.random() < 0.5:
            now += rng.randint(1, 3)
            value = str(rng.randint(0, 99))
            t.set(key, value, now)
            log.append((key, now, value))
        else:
            at = rng.randint(0, now + 2)
            seen = [v for k, ts, v in log if k == key and ts <= at]
            assert t.get(key, at) == (seen[-1] if seen else ""), (log, key, at)
