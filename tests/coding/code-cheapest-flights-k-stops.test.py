# Checks the Python solution printed in content/questions/coding/code-cheapest-flights-k-stops.md.
import random


def by_routes(n, flights, src, dst, k):
    """Reference: try every route of at most k + 1 flights."""
    out = [[] for _ in range(n)]
    for a, b, p in flights:
        out[a].append((b, p))
    best = [float("inf")]

    def walk(city, spent, used):
        if city == dst:
            best[0] = min(best[0], spent)
        if used == k + 1:
            return
        for to, price in out[city]:
            walk(to, spent + price, used + 1)

    walk(src, 0, 0)
    return -1 if best[0] == float("inf") else best[0]


F1 = [[0, 1, 100], [1, 2, 100], [2, 0, 100], [1, 3, 600], [2, 3, 200]]
F2 = [[0, 1, 100], [1, 2, 100], [0, 2, 500]]
assert cheapest_price(4, F1, 0, 3, 1) == 700
assert cheapest_price(3, F2, 0, 2, 1) == 200
assert cheapest_price(3, F2, 0, 2, 0) == 500
assert cheapest_price(3, [[0, 1, 100]], 0, 2, 1) == -1
assert cheapest_price(3, F2, 1, 1, 0) == 0
chain = [[i, i + 1, 10**4] for i in range(99)]
assert cheapest_price(100, chain, 0, 99, 98) == 99 * 10**4
assert cheapest_price(100, chain, 0, 99, 97) == -1

rng = random.Random(4)
for round_ in range(300):
    n = rng.randint(1, 6)
    pairs = [(a, b) for a in range(n) for b in range(n) if a != b]
    chosen = rng.sample(pairs, rng.randint(0, len(pairs)))
    flights = [[a, b, rng.randint(1, 20)] for a, b in chosen]
    src, dst, k = rng.randrange(n), rng.randrange(n), rng.randrange(n)
    assert cheapest_price(n, flights, src, dst, k) == by_routes(n, flights, src, dst, k), (
        n, flights, src, dst, k)
