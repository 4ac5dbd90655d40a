# Checks the Python solution printed in content/questions/coding/code-minimum-window-substring.md.
import random
from collections import Counter


def reference(s, t):
    need = Counter(t)
    for length in range(1, len(s) + 1):
        for start in range(len(s) - length + 1):
            window = Counter(s[start:start + length])
            if all(window[c] >= n for c, n in need.items()):
                return s[start:start + length]
    return ""


assert min_window("ADOBECODEBANC", "ABC") == "BANC"
assert min_window("a", "aa") == ""
assert min_window("abcabc", "cba") == "abc"
assert min_window("", "a") == ""
assert min_window("aA", "A") == "A"

rng = random.Random(9)
for _ in range(600):
    s = "".join(rng.choice("abc") for _ in range(rng.randrange(10)))
    t = "".join(rng.choice("abc") for _ in range(rng.randint(1, 3)))
    assert min_window(s, t) == reference(s, t), (s, t)
