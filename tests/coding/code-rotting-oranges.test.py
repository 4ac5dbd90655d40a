# Checks the Python solution printed in content/questions/coding/code-rotting-oranges.md.
import copy
import random


def simulate(grid):
    """Reference: rot minute by minute on a copy until nothing changes."""
    state = copy.deepcopy(grid)
    minutes = 0
    while True:
        fresh = sum(row.count(1) for row in state)
        if fresh == 0:
            return minutes
        nxt = copy.deepcopy(state)
        for r, row in enumerate(state):
            for c, cell in enumerate(row):
                if cell != 1:
                    continue
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < len(state) and 0 <= nc < len(row) and state[nr][nc] == 2:
                        nxt[r][c] = 2
        if nxt == state:
            return -1
        state = nxt
        minutes += 1


def check(grid, expected, name):
    before = copy.deepcopy(grid)
    actual = minutes_to_rot(grid)
    assert actual == expected, f"{name}: expected {expected}, got {actual}"
    assert grid == before, f"{name}: the caller's grid was modified"


check([[2, 1, 1], [1, 1, 0], [0, 1, 1]], 4, "worked example")
check([[2, 1, 1], [0, 1, 1], [1, 0, 1]], -1, "unreachable orange")
check([[0, 2]], 0, "nothing fresh")
check([[0]], 0, "empty cell only")
check([[1]], -1, "fresh, nothing rotten")
check([[2]], 0, "rotten only")
check([[2, 1, 1, 1, 2]], 2, "two sources")
check([[2] + [1] * 9] + [[1] * 10 for _ in range(9)], 18, "10x10 from a corner")

rng = random.Random(8)
for round_ in range(500):
    rows, cols = rng.randint(1, 6), rng.randint(1, 6)
    grid = [[rng.choice((0, 1, 1, 2)) for _ in range(cols)] for _ in range(rows)]
    check(grid, simulate(grid), f"random grid {round_}")
