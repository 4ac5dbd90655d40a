# Checks the Python solution printed in content/questions/coding/code-min-cost-connect-points.md.
import random


def kruskal(points):
    """Reference: sort every pair by distance and join components with union-find."""
    n = len(points)
    edges = sorted((abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1]), i, j)
                   for i in range(n) for j in range(i + 1, n))
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    for cost, i, j in edges:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[ri] = rj
            total += cost
    return total


assert min_cost_connect_points([[0, 0], [2, 2], [3, 10], [5, 2], [7, 0]]) == 20
assert min_cost_connect_points([[3, 12], [-2, 5], [-4, 1]]) == 18
assert min_cost_connect_points([[0, 0]]) == 0
assert min_cost_connect_points([[2, 3], [2, 3], [5, 3]]) == 3
assert min_cost_connect_points([[-10**6, -10**6], [10**6, 10**6]]) == 4 * 10**6
assert min_cost_connect_points([[(i * 37) % 1000, 5] for i in range(1000)]) == 999

rng = random.Random(2)
for round_ in range(200):
    n = rng.randint(1, 25)
    span = rng.choice((3, 50, 10**6))
    points = [[rng.randint(-span, span), rng.randint(-span, span)] for _ in range(n)]
    assert min_cost_connect_points(points) == kruskal(points), points
