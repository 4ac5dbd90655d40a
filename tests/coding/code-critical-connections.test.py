# Checks the Python solution printed in content/questions/coding/code-critical-connections.md.
import random


def norm(edges):
    return sorted(sorted(e) for e in edges)


def components(n, edges, skip=-1):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    count = n
    for i, (a, b) in enumerate(edges):
        if i == skip:
            continue
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            count -= 1
    return count


def brute_force(n, edges):
    base = components(n, edges)
    return norm([e for i, e in enumerate(edges) if components(n, edges, i) > base])


def check(n, edges, expected, name):
    actual = norm(critical_connections(n, edges))
    assert actual == norm(expected), f"{name}: got {actual}, expected {norm(expected)}"


check(4, [[0, 1], [1, 2], [2, 0], [1, 3]], [[1, 3]], "worked example")
check(2, [[0, 1]], [[0, 1]], "single link")
check(5, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 0]], [], "ring")
check(3, [[0, 1], [0, 1], [1, 2]], [[1, 2]], "parallel links")
check(1, [], [], "one server")
check(4, [], [], "no links")
check(6, [[0, 1], [2, 3], [3, 4], [4, 2], [4, 5]], [[0, 1], [4, 5]], "disconnected")
check(3, [[0, 0], [0, 1], [1, 2], [2, 2]], [[0, 1], [1, 2]], "self loops")
check(7, [[0, 1], [1, 2], [2, 0], [2, 3], [3, 4], [4, 5], [5, 3], [5, 6]],
      [[2, 3], [5, 6]], "two triangles joined")

n = 100000
path = [[i, i + 1] for i in range(n - 1)]
assert len(critical_connections(n, path)) == n - 1, "long path"
assert critical_connections(n, path + [[n - 1, 0]]) == [], "long ring"

rng = random.Random(9)
for round_ in range(300):
    n = rng.randint(1, 12)
    edges = [[rng.randrange(n), rng.randrange(n)] for _ in range(rng.randrange(16))]
    assert norm(critical_connections(n, edges)) == brute_force(n, edges), f"random graph {round_}"
