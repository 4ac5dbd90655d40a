# Checks the Python solution printed in content/questions/coding/code-pow-x-n.md.
import math
import random


def close(a, b):
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


assert my_pow(2.0, 10) == 1024.0
assert close(my_pow(2.1, 3), 9.261)
assert my_pow(2.0, -2) == 0.25
assert my_pow(-2.0, 3) == -8.0
assert my_pow(7.5, 0) == 1.0
assert my_pow(0.0, 5) == 0.0
assert my_pow(1.0, -2**31) == 1.0
assert my_pow(-1.0, -2**31) == 1.0
assert my_pow(-1.0, 2**31 - 1) == -1.0
assert my_pow(2.0, -2**31) == 0.0
assert my_pow(0.5, -3) == 8.0

rng = random.Random(40)
for round_ in range(2000):
    x = rng.uniform(-3.0, 3.0)
    if abs(x) < 1e-3:
        continue
    n = rng.randint(-40, 40)
    assert close(my_pow(x, n), x ** n), (x, n)
for n in range(0, 64):
    assert my_pow(2.0, n) == float(2 ** n)
    assert my_pow(2.0, -n) == 2.0 ** -n
