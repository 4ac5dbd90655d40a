# Checks the Python solution printed in content/questions/coding/code-maximal-square.md.
import random


def reference(grid):
    # every top-left corner and every side, checked cell by cell
    rows, cols = len(grid), len(grid[0]) if grid else 0
    best = 0
    for r in range(rows):
        for c in range(cols):
            k = 1
            while r + k <= rows and c + k <= cols and all(
                grid[i][j] == "1" for i in range(r, r + k) for j in range(c, c + k)
            ):
                best = max(best, k)
                k += 1
    return best * best


assert maximal_square(["10100", "10111", "11111", "10010"]) == 4
assert maximal_square([]) == 0
assert maximal_square(["", ""]) == 0

rng = random.Random(9)
for _ in range(400):
    rows, cols = rng.randint(1, 7), rng.randint(1, 7)
    grid = ["".join(rng.choice("1110") for _ in range(cols)) for _ in range(rows)]
    assert maximal_square(grid) == reference(grid), grid
