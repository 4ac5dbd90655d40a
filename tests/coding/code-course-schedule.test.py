# Checks the Python solution printed in content/questions/coding/code-course-schedule.md.
import random


def valid_order(n, prerequisites, order):
    if sorted(order) != list(range(n)):
        return False
    position = {course: i for i, course in enumerate(order)}
    return all(position[b] < position[a] for a, b in prerequisites)


def has_cycle(n, prerequisites):
    """Reference: transitive closure; a cycle means some course reaches itself."""
    reach = [[False] * n for _ in range(n)]
    for a, b in prerequisites:
        reach[b][a] = True
    for k in range(n):
        for i in range(n):
            if reach[i][k]:
                for j in range(n):
                    if reach[k][j]:
                        reach[i][j] = True
    return any(reach[i][i] for i in range(n))


def check(n, prerequisites, name):
    order = course_order(n, prerequisites)
    possible = not has_cycle(n, prerequisites)
    assert can_finish(n, prerequisites) == possible, name
    if possible:
        assert valid_order(n, prerequisites, order), f"{name}: invalid order {order}"
    else:
        assert order == [], f"{name}: expected [] for a cycle, got {order}"


assert can_finish(2, [[1, 0]]) and course_order(2, [[1, 0]]) == [0, 1]
assert not can_finish(2, [[1, 0], [0, 1]]) and course_order(2, [[1, 0], [0, 1]]) == []
check(4, [[1, 0], [2, 0], [3, 1], [3, 2]], "diamond")
check(3, [], "no prerequisites")
check(1, [[0, 0]], "self loop")
check(5, [[1, 0], [3, 2], [2, 4], [4, 3]], "cycle beside free courses")
check(3, [[1, 0], [1, 0], [2, 1]], "duplicate pair")

chain = [[i + 1, i] for i in range(1999)]
assert course_order(2000, chain) == list(range(2000)), "long chain"
assert not can_finish(2000, chain + [[0, 1999]]), "long cycle"

rng = random.Random(17)
for round_ in range(300):
    n = rng.randint(1, 9)
    pairs = [[rng.randrange(n), rng.randrange(n)] for _ in range(rng.randrange(12))]
    if rng.random() < 0.5:  # make half of them acyclic: edges only from lower to higher ids
        pairs = [[max(a, b), min(a, b)] for a, b in pairs if a != b]
    check(n, pairs, f"random graph {round_}")
