# Checks the Python solution printed in content/questions/coding/code-word-break.md.
import random


def reference(s, words):
    # plain recursion over the first piece (fine for short strings)
    if not s:
        return True
    return any(s.startswith(w) and reference(s[len(w):], words) for w in words)


assert word_break("awsloadbalancer", ["aws", "load", "balancer"])
assert word_break("carpetrol", ["carpet", "car", "petrol"])
assert not word_break("cloudwatcher", ["cloud", "watch", "cloudwatch", "her"])
assert word_break("abab", ["ab"])
assert not word_break("a" * 299 + "b", ["a" * k for k in range(1, 21)])

rng = random.Random(3)
for _ in range(500):
    words = list({"".join(rng.choice("ab") for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 4))})
    s = "".join(rng.choice("ab") for _ in range(rng.randint(1, 12)))
    assert word_break(s, words) == reference(s, words), (s, words)
