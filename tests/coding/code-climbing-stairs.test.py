# Checks the Python solution printed in content/questions/coding/code-climbing-stairs.md.
from functools import lru_cache


@lru_cache(maxsize=None)
def reference(n):
    # plain recursion on the last move, memoised
    if n <= 1:
        return 1
    return reference(n - 1) + reference(n - 2)


assert climb_stairs(1) == 1
assert climb_stairs(2) == 2
assert climb_stairs(3) == 3
assert climb_stairs(45) == 1836311903
for n in range(1, 46):
    assert climb_stairs(n) == reference(n), n
