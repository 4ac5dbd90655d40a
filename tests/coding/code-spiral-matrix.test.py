# Checks the Python solution printed in content/questions/coding/code-spiral-matrix.md.
import copy
import random


def peel(matrix):
    """Reference: take the top row, rotate the rest counter-clockwise, repeat."""
    rest = [list(row) for row in matrix]
    out = []
    while rest and rest[0]:
        out.extend(rest.pop(0))
        rest = [list(col) for col in zip(*rest)][::-1]
    return out


assert spiral_order([[1, 2, 3], [4, 5, 6], [7, 8, 9]]) == [1, 2, 3, 6, 9, 8, 7, 4, 5]
assert spiral_order([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]) == [1, 2, 3, 4, 8, 12, 11, 10, 9, 5, 6, 7]
assert spiral_order([[1], [2], [3]]) == [1, 2, 3]
assert spiral_order([[1, 2, 3]]) == [1, 2, 3]
assert spiral_order([]) == []
assert spiral_order([[]]) == []

rng = random.Random(30)
for round_ in range(400):
    m, n = rng.randint(1, 10), rng.randint(1, 10)
    matrix = [[rng.randint(-100, 100) for _ in range(n)] for _ in range(m)]
    before = copy.deepcopy(matrix)
    assert spiral_order(matrix) == peel(matrix), matrix
    assert matrix == before, "the matrix was modified"
