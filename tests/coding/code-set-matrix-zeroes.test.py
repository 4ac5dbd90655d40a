# Checks the Python solution printed in content/questions/coding/code-set-matrix-zeroes.md.
import random


def reference(matrix):
    zero_rows = {r for r, row in enumerate(matrix) for v in row if v == 0}
    zero_cols = {c for row in matrix for c, v in enumerate(row) if v == 0}
    return [[0 if r in zero_rows or c in zero_cols else v for c, v in enumerate(row)]
            for r, row in enumerate(matrix)]


def check(matrix):
    expected = reference(matrix)
    assert set_zeroes(matrix) is None
    assert matrix == expected, (matrix, expected)


check([[1, 1, 1], [1, 0, 1], [1, 1, 1]])
check([[0, 1, 2, 0], [3, 4, 5, 2], [1, 3, 1, 5]])
check([[1, 2], [3, 4]])
check([[0]])
check([[1, 0]])
check([[1], [0], [1]])
check([[1, 2, 3], [0, 5, 6], [7, 8, 9]])
check([[2**31 - 1, -2**31], [0, 5]])

rng = random.Random(33)
for round_ in range(500):
    m, n = rng.randint(1, 8), rng.randint(1, 8)
    density = rng.choice((0.0, 0.05, 0.2, 0.6))
    check([[0 if rng.random() < density else rng.randint(-3, 3) or 7 for _ in range(n)]
           for _ in range(m)])
