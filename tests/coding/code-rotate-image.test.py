# Checks the Python solution printed in content/questions/coding/code-rotate-image.md.
import random


def rotated_copy(m):
    """Reference: the cell at (r, c) goes to (c, n - 1 - r)."""
    n = len(m)
    out = [[None] * n for _ in range(n)]
    for r in range(n):
        for c in range(n):
            out[c][n - 1 - r] = m[r][c]
    return out


def check(m):
    expected = rotated_copy(m)
    rows = list(m)  # the same row objects: rotation must happen inside them
    assert rotate_image(m) is None
    assert m == expected, (m, expected)
    assert all(a is b for a, b in zip(m, rows)) or len(m) == 0, "rows were replaced"


check([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
check([[5, 1, 9, 11], [2, 4, 8, 10], [13, 3, 6, 7], [15, 14, 12, 16]])
check([[1]])
check([])

rng = random.Random(20)
for round_ in range(200):
    n = rng.randint(0, 20)
    m = [[rng.randint(-1000, 1000) for _ in range(n)] for _ in range(n)]
    original = [row[:] for row in m]
    check(m)
    for _ in range(3):
        rotate_image(m)
    assert m == original, "four rotations must give the original back"
