# Checks the Python solution printed in content/questions/coding/code-hit-counter.md.
import random
import threading

rng = random.Random(53)
for _ in range(200):
    counter, log, now = HitCounter(), [], 1
    for _ in range(300):
        now += rng.choice([0, 0, 1, 7, 150, 299, 300, 301, 1000])
        if rng.random() < 0.6:
            counter.hit(now)
            log.append(now)
        else:
            expected = sum(1 for t in log if now - 300 < t <= now)
            assert counter.get_hits(now) == expected, (now, expected)

# a late hit never erases newer hits
counter = HitCounter()
counter.hit(700)
counter.hit(400)
assert counter.get_hits(700) == 1

# concurrent hits in one window are all counted
counter = HitCounter()
workers = [threading.Thread(target=lambda: [counter.hit(1 + i % 250) for i in range(2000)]) for _ in range(6)]
for w in workers:
    w.start()
for w in workers:
    w.join()
assert counter.get_hits(250) == 12000
