# Checks the Python solution printed in content/questions/coding/code-longest-substring-no-repeat.md.
import random

cases = {
    "abcabcbb": 3, "bbbbb": 1, "pwwkew": 3, "": 0, "a": 1, "abba": 2, "dvdf": 3,
    "tmmzuxt": 5, "abcdefghijklmnopqrstuvwxyz": 26, "a b!a": 4, "ééaé": 2, "x" * 100000: 1,
}
for text, expected in cases.items():
    actual = length_of_longest_substring(text)
    assert actual == expected, f"{text[:20]!r}: expected {expected}, got {actual}"


def reference(s):
    best = 0
    for i in range(len(s)):
        seen = set()
        for ch in s[i:]:
            if ch in seen:
                break
            seen.add(ch)
        best = max(best, len(seen))
    return best


rng = random.Random(5)
for _ in range(2000):
    s = "".join(rng.choice("abcdef") for _ in range(rng.randrange(30)))
    assert length_of_longest_substring(s) == reference(s), s
