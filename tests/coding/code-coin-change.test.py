# Checks the Python solution printed in content/questions/coding/code-coin-change.md.
import random
from collections import deque


def reference(coins, amount):
    # breadth-first search over amounts: the first level reaching `amount` is the answer
    seen, frontier, steps = {0}, deque([0]), 0
    while frontier:
        for _ in range(len(frontier)):
            a = frontier.popleft()
            if a == amount:
                return steps
            for c in coins:
                if a + c <= amount and a + c not in seen:
                    seen.add(a + c)
                    frontier.append(a + c)
        steps += 1
    return -1


assert coin_change([1, 2, 5], 11) == 3
assert coin_change([2], 3) == -1
assert coin_change([1, 3, 4], 6) == 2
assert coin_change([7], 0) == 0
assert coin_change([2**31 - 1], 2) == -1

rng = random.Random(5)
for _ in range(300):
    coins = rng.sample(range(1, 40), rng.randint(1, 5))
    amount = rng.randint(0, 200)
    assert coin_change(coins, amount) == reference(coins, amount), (coins, amount)
