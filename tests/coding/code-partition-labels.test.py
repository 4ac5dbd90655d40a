# Checks the Python solution printed in content/questions/coding/code-partition-labels.md.
import random


def reference(s):
    # cut at every position where no letter appears on both sides
    sizes, start = [], 0
    for cut in range(1, len(s) + 1):
        if cut == len(s) or not set(s[:cut]) & set(s[cut:]):
            sizes.append(cut - start)
            start = cut
    return sizes


assert partition_labels("ababcbacadefegdehijhklij") == [9, 7, 8]
assert partition_labels("a") == [1]

rng = random.Random(29)
for _ in range(500):
    s = "".join(rng.choice("abcdef"[: rng.randint(1, 6)]) for _ in range(rng.randint(1, 20)))
    got = partition_labels(s)
    assert got == reference(s), (s, got)
    assert sum(got) == len(s)
