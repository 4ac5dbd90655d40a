# Checks the Python solution printed in content/questions/coding/code-shortest-path-network.md.
import random


def valid_path(path, links, src, dst):
    if not path or path[0] != src or path[-1] != dst:
        return False
    edges = {(a, b) for a, b in links} | {(b, a) for a, b in links}
    return all((path[i - 1], path[i]) in edges for i in range(1, len(path)))


def reference_cost(n, links, src, dst):
    inf = float("inf")
    dist = [inf] * n
    dist[src] = 0
    for _ in range(n):
        for a, b, c in links:
            dist[b] = min(dist[b], dist[a] + c)
            dist[a] = min(dist[a], dist[b] + c)
    return -1 if dist[dst] == inf else dist[dst]


def path_cost(path, links):
    total = 0
    for u, v in zip(path, path[1:]):
        total += min(c for a, b, c in links if {a, b} == {u, v})
    return total


links = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4)]
assert shortest_path(6, links, 0, 4) == [0, 1, 3, 4]
assert shortest_path(6, links, 2, 2) == [2]
assert shortest_path(6, links, 0, 5) == []
assert shortest_path(6, links, 0, 9) == []

chain = [(i, i + 1) for i in range(999)] + [(0, 500)]
path = shortest_path(1000, chain, 0, 999)
assert len(path) == 501 and valid_path(path, chain, 0, 999)

weighted = [(0, 1, 4), (0, 2, 1), (2, 1, 2), (1, 3, 1), (2, 3, 7)]
assert cheapest_path(6, weighted, 0, 3) == (4, [0, 2, 1, 3])
assert cheapest_path(6, weighted, 1, 1) == (0, [1])
assert cheapest_path(6, weighted, 0, 5) == (-1, [])
assert cheapest_path(2, [(0, 1, 9), (0, 1, 3), (1, 0, 5)], 0, 1)[0] == 3
cost, zero_path = cheapest_path(3, [(0, 1, 0), (1, 2, 0), (0, 2, 1)], 0, 2)
assert cost == 0 and len(zero_path) == 3

rng = random.Random(1234)
for round_ in range(300):
    n = rng.randint(1, 15)
    w = [(rng.randrange(n), rng.randrange(n), rng.randrange(20)) for _ in range(rng.randrange(30))]
    s, t = rng.randrange(n), rng.randrange(n)
    cost, path = cheapest_path(n, w, s, t)
    want = reference_cost(n, w, s, t)
    assert cost == want, (round_, cost, want)
    if want >= 0:
        assert path_cost(path, w) == want and path[0] == s and path[-1] == t
    plain = [(a, b) for a, b, _ in w]
    hops = shortest_path(n, plain, s, t)
    unit = reference_cost(n, [(a, b, 1) for a, b in plain], s, t)
    if unit < 0:
        assert hops == []
    else:
        assert len(hops) == unit + 1 and valid_path(hops, plain, s, t)
