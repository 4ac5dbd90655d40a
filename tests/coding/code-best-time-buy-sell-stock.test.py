# Checks the Python solution printed in content/questions/coding/code-best-time-buy-sell-stock.md.
import random


def reference(prices):
    return max([0] + [prices[j] - prices[i] for i in range(len(prices)) for j in range(i + 1, len(prices))])


assert max_profit([7, 1, 5, 3, 6, 4]) == 5
assert max_profit([7, 6, 4, 3, 1]) == 0
assert max_profit([2, 4, 1]) == 2
assert max_profit([5]) == 0
assert max_profit([]) == 0

rng = random.Random(2)
for _ in range(1000):
    prices = [rng.randint(0, 20) for _ in range(rng.randrange(10))]
    assert max_profit(prices) == reference(prices), prices
