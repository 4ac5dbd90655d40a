# Checks the Python solution printed in content/questions/coding/code-longest-common-subsequence.md.
import random
from itertools import combinations


def is_subsequence(small, big):
    it = iter(big)
    return all(ch in it for ch in small)


def reference(a, b):
    # the longest subsequence of a (by brute force) that is also a subsequence of b
    for size in range(len(a), 0, -1):
        if any(is_subsequence(combo, b) for combo in combinations(a, size)):
            return size
    return 0


assert longest_common_subsequence("abcde", "ace") == 3
assert longest_common_subsequence("", "") == 0
assert longest_common_subsequence("ab" * 500, "ba" * 500) == 999

rng = random.Random(21)
for _ in range(300):
    a = "".join(rng.choice("abc") for _ in range(rng.randrange(9)))
    b = "".join(rng.choice("abc") for _ in range(rng.randrange(9)))
    assert longest_common_subsequence(a, b) == reference(a, b), (a, b)
    assert longest_common_subsequence(a, b) == longest_common_subsequence(b, a)
