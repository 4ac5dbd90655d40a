# Checks the Python solution printed in content/questions/coding/code-gas-station.md.
import random


def reference(gas, cost):
    # simulate a full lap from every start; return the first that never runs dry
    n = len(gas)
    for start in range(n):
        tank = 0
        for k in range(n):
            i = (start + k) % n
            tank += gas[i] - cost[i]
            if tank < 0:
                break
        else:
            return start
    return -1


assert can_complete_circuit([1, 2, 3, 4, 5], [3, 4, 5, 1, 2]) == 3
assert can_complete_circuit([2, 3, 4], [3, 4, 3]) == -1

rng = random.Random(23)
for _ in range(1000):
    n = rng.randint(1, 8)
    gas = [rng.randint(0, 5) for _ in range(n)]
    cost = [rng.randint(0, 5) for _ in range(n)]
    expected = reference(gas, cost)
    got = can_complete_circuit(gas, cost)
    # with ties (total exactly 0 and several zero-sum starts) any valid start would do
    if expected == -1:
        assert got == -1, (gas, cost)
    else:
        assert got != -1 and reference(gas[got:] + gas[:got], cost[got:] + cost[:got]) == 0, (gas, cost, got)
