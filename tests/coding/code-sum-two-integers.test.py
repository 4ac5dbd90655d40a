# Checks the Python solution printed in content/questions/coding/code-sum-two-integers.md.
import random


def wrapped(total):
    """The 32-bit two's complement value of total."""
    return (total + 2**31) % 2**32 - 2**31


assert add_without_plus(1, 2) == 3
assert add_without_plus(2, 3) == 5
assert add_without_plus(-1, 1) == 0
assert add_without_plus(-5, -7) == -12
assert add_without_plus(0, 0) == 0
assert add_without_plus(-1, -1) == -2
assert add_without_plus(2**31 - 1, -2**31) == -1
assert add_without_plus(2**31 - 1, 1) == -2**31, "a 32-bit adder wraps"

for a in range(-40, 41):
    for b in range(-40, 41):
        assert add_without_plus(a, b) == a + b, (a, b)

rng = random.Random(15)
for round_ in range(3000):
    a = rng.randint(-2**31, 2**31 - 1)
    b = rng.randint(-2**31, 2**31 - 1)
    assert add_without_plus(a, b) == wrapped(a + b), (a, b)
