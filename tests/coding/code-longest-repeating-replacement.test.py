# Checks the Python solution printed in content/questions/coding/code-longest-repeating-replacement.md.
import random
from collections import Counter


def reference(s, k):
    best = 0
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            if j - i - max(Counter(s[i:j]).values()) <= k:
                best = max(best, j - i)
    return best


assert character_replacement("ABAB", 2) == 4
assert character_replacement("AABABBA", 1) == 4
assert character_replacement("", 0) == 0
assert character_replacement("ABCDE", 5) == 5

rng = random.Random(6)
for _ in range(800):
    s = "".join(rng.choice("ABC") for _ in range(rng.randrange(12)))
    k = rng.randint(0, len(s))
    assert character_replacement(s, k) == reference(s, k), (s, k)
