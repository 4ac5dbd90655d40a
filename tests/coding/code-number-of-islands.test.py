# Checks the Python solution printed in content/questions/coding/code-number-of-islands.md.
import copy


def check(grid, expected, name):
    before = copy.deepcopy(grid)
    actual = count_islands(grid)
    assert actual == expected, f"{name}: expected {expected}, got {actual}"
    assert grid == before, f"{name}: the caller's grid was modified"


check([[1, 1, 0, 0, 0], [1, 1, 0, 0, 0], [0, 0, 1, 0, 0], [0, 0, 0, 1, 1]], 3, "worked example")
check([[1, 0, 1], [0, 1, 0], [1, 0, 1]], 5, "diagonals do not connect")
check([], 0, "empty grid")
check([[], []], 0, "empty rows")
check([[0, 0], [0, 0]], 0, "all water")
check([[1, 1], [1, 1]], 1, "all land")
check([[1, 0, 1, 1, 0, 1]], 3, "single row")
check([[1], [1], [0], [1]], 2, "single column")
check([[1, 1, 1], [1, 0, 1], [1, 1, 1]], 1, "ring with a lake")
check([[0, 1, 0], [1, 1, 1], [0, 1, 0], [0, 0, 0], [1, 0, 1]], 3, "plus sign and two dots")
check([[1] * 300 for _ in range(300)], 1, "300x300 land (no recursion limit)")
check([[(r + c + 1) % 2 for c in range(40)] for r in range(40)], 800, "checkerboard")
