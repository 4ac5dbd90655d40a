# Checks the Python solution printed in content/questions/coding/code-token-bucket-rate-limiter.md.
import random
import threading
from fractions import Fraction


class Reference:
    """Token buckets with exact fractions and no shortcuts."""

    def __init__(self, capacity, rate):
        self.capacity, self.rate, self.buckets = capacity, rate, {}

    def allow(self, client, now_ms):
        tokens, last = self.buckets.get(client, (Fraction(self.capacity), now_ms))
        if now_ms > last:
            tokens = min(Fraction(self.capacity), tokens + Fraction(now_ms - last, 1000) * self.rate)
            last = now_ms
        ok = tokens >= 1
        self.buckets[client] = (tokens - 1 if ok else tokens, last)
        return ok


rng = random.Random(47)
for _ in range(300):
    capacity, rate = rng.randint(1, 4), rng.randint(1, 5)
    limiter, reference = RateLimiter(capacity, rate), Reference(capacity, rate)
    now = 0
    for _ in range(60):
        now += rng.choice([0, 0, 1, 99, 250, 333, 1000, -50])  # includes stale timestamps
        now = max(now, 0)
        client = rng.choice("abc")
        assert limiter.allow(client, now) == reference.allow(client, now)

try:
    RateLimiter(0, 1)
    raise AssertionError("capacity 0 must be rejected")
except ValueError:
    pass

# many threads, one instant: exactly `capacity` requests per client pass
limiter = RateLimiter(40, 1)
passed = []
guard = threading.Lock()


def hammer():
    count = sum(limiter.allow("client-%d" % (i % 5), 0) for i in range(500))
    with guard:
        passed.append(count)


workers = [threading.Thread(target=hammer) for _ in range(8)]
for w in workers:
    w.start()
for w in workers:
    w.join()
assert sum(passed) == 5 * 40, passed
