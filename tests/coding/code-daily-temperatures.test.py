# Checks the Python solution printed in content/questions/coding/code-daily-temperatures.md.
import random


def reference(temps):
    out = []
    for i, t in enumerate(temps):
        out.append(next((j - i for j in range(i + 1, len(temps)) if temps[j] > t), 0))
    return out


assert daily_temperatures([73, 74, 75, 71, 69, 72, 76, 73]) == [1, 1, 4, 2, 1, 1, 0, 0]
assert daily_temperatures([60, 50, 40]) == [0, 0, 0]
assert daily_temperatures([70, 70, 71]) == [2, 1, 0]
assert daily_temperatures([]) == []

rng = random.Random(15)
for _ in range(1000):
    temps = [rng.randint(30, 36) for _ in range(rng.randrange(12))]
    assert daily_temperatures(temps) == reference(temps), temps
