# Checks the Python solution printed in content/questions/coding/code-reorganize-string.md.
import random
from collections import Counter
from itertools import permutations


def possible_by_brute_force(s):
    return any(all(a != b for a, b in zip(p, p[1:])) for p in set(permutations(s)))


def check(s):
    result = reorganize_string(s)
    feasible = max(Counter(s).values()) <= (len(s) + 1) // 2
    if not feasible:
        assert result == "", (s, result)
        return
    assert sorted(result) == sorted(s), (s, result)
    assert all(a != b for a, b in zip(result, result[1:])), (s, result)


for s in ("aab", "aaab", "a", "aa", "ab", "zzzzzaaaa", "aaabc", "vvvlo"):
    check(s)

rng = random.Random(2584)
for _ in range(300):           # the feasibility rule itself, against brute force on short strings
    s = "".join(rng.choice("abc") for _ in range(rng.randint(1, 7)))
    assert (reorganize_string(s) != "") == possible_by_brute_force(s), s
for _ in range(500):
    check("".join(rng.choice("abcde"[:rng.randint(1, 5)]) for _ in range(rng.randint(1, 500))))
