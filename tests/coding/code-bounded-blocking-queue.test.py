# Checks the Python solution printed in content/questions/coding/code-bounded-blocking-queue.md.
import threading

# single-threaded edge behaviour
q = BoundedBlockingQueue(2)
assert [q.offer(1), q.offer(2), q.offer(3)] == [True, True, False]
assert q.size() == 2 and q.dequeue() == 1 and q.offer(4) and q.dequeue() == 2 and q.dequeue() == 4
try:
    BoundedBlockingQueue(0)
    raise AssertionError("capacity 0 must be rejected")
except ValueError:
    pass

# stress: many producers and consumers, the size never exceeds the capacity, nothing lost
for capacity, producers, consumers, per_producer in [(1, 5, 5, 100), (3, 2, 7, 210), (8, 6, 2, 150)]:
    q = BoundedBlockingQueue(capacity)
    total = producers * per_producer
    taken, worst = [], [0]
    guard = threading.Lock()

    def consume(share):
        for _ in range(share):
            value = q.dequeue()
            with guard:
                taken.append(value)
                worst[0] = max(worst[0], q.size())

    def produce(p):
        for i in range(per_producer):
            q.enqueue(p * per_producer + i)

    shares = [total // consumers + (c < total % consumers) for c in range(consumers)]
    threads = [threading.Thread(target=consume, args=(s,)) for s in shares]
    threads += [threading.Thread(target=produce, args=(p,)) for p in range(producers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
        assert not t.is_alive(), "a thread is stuck: lost wake-up?"
    assert sorted(taken) == list(range(total))
    assert worst[0] <= capacity and q.size() == 0
