# Checks the Python solution printed in content/questions/coding/code-valid-parentheses.md.
import random


def reference(s):
    previous = None
    while previous != s:               # delete innermost pairs until nothing changes
        previous = s
        s = s.replace("()", "").replace("[]", "").replace("{}", "")
    return s == ""


assert is_valid("()[]{}") is True
assert is_valid("([)]") is False
assert is_valid("") is True
assert is_valid("((") is False
assert is_valid(")(") is False
assert is_valid("(" * 5000 + ")" * 5000) is True

rng = random.Random(12)
for _ in range(3000):
    s = "".join(rng.choice("()[]{}") for _ in range(rng.randrange(9)))
    assert is_valid(s) == reference(s), s
