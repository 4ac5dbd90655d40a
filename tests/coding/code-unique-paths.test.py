# Checks the Python solution printed in content/questions/coding/code-unique-paths.md.
from math import comb

# every route is m - 1 downs and n - 1 rights in some order
for m in range(1, 40):
    for n in range(1, 40):
        if comb(m + n - 2, m - 1) <= 2 * 10**9:
            assert unique_paths(m, n) == comb(m + n - 2, m - 1), (m, n)
assert unique_paths(51, 9) == 1916797311
assert unique_paths(9, 51) == 1916797311
