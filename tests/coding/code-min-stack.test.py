# Checks the Python solution printed in content/questions/coding/code-min-stack.md.
import random

s = MinStack()
s.push(-2)
s.push(0)
s.push(-3)
assert s.get_min() == -3
s.pop()
assert s.top() == 0 and s.get_min() == -2

s = MinStack()
s.push(1)
s.push(1)
s.pop()
assert s.get_min() == 1

# Random operations against a plain list scanned with min().
rng = random.Random(14)
for _ in range(200):
    s, shadow = MinStack(), []
    for _ in range(60):
        if shadow and rng.random() < 0.4:
            s.pop()
            shadow.pop()
        else:
            value = rng.randint(-5, 5)
            s.push(value)
            shadow.append(value)
        if shadow:
            assert s.top() == shadow[-1] and s.get_min() == min(shadow), shadow
