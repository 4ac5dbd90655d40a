# Checks the Python solution printed in content/questions/coding/code-redundant-connection.md.
import random


def reference(edges):
    """Remove each edge from the last to the first; the first removal leaving a tree wins."""
    n = len(edges)
    for skip in range(n - 1, -1, -1):
        adj = {v: [] for v in range(1, n + 1)}
        for i, (a, b) in enumerate(edges):
            if i != skip:
                adj[a].append(b)
                adj[b].append(a)
        seen = {1}
        stack = [1]
        while stack:
            for w in adj[stack.pop()]:
                if w not in seen:
                    seen.add(w)
                    stack.append(w)
        if len(seen) == n:
            return edges[skip]
    return []


def random_case(rng, n):
    """A random tree on 1..n plus one extra edge, shuffled, with random endpoint order."""
    edges = [[rng.randint(1, v - 1), v] for v in range(2, n + 1)]
    present = {frozenset(e) for e in edges}
    while True:
        a, b = rng.sample(range(1, n + 1), 2)
        if frozenset((a, b)) not in present:
            edges.append([a, b])
            break
    rng.shuffle(edges)
    return [e if rng.random() < 0.5 else e[::-1] for e in edges]


assert redundant_connection([[1, 2], [1, 3], [2, 3]]) == [2, 3]
assert redundant_connection([[1, 2], [2, 3], [3, 4], [1, 4], [1, 5]]) == [1, 4]
assert redundant_connection([[2, 3], [5, 2], [1, 5], [3, 1], [4, 1]]) == [3, 1]
chain = [[i, i + 1] for i in range(1, 1000)]
assert redundant_connection(chain + [[1, 1000]]) == [1, 1000]
assert redundant_connection([[1, 1000]] + chain[::-1]) == [1, 2]

rng = random.Random(12)
for round_ in range(400):
    edges = random_case(rng, rng.randint(3, 12))
    assert redundant_connection(edges) == reference(edges), edges
