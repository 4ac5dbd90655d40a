# Checks the Python solution printed in content/questions/coding/code-valid-palindrome.md.
import random


def reference(s):
    kept = [c.lower() for c in s if c.isalnum()]
    return kept == kept[::-1]


assert is_palindrome("A man, a plan, a canal: Panama") is True
assert is_palindrome("race a car") is False
assert is_palindrome("") is True
assert is_palindrome(".,") is True
assert is_palindrome("0P") is False
assert is_palindrome("No 'x' in Nixon") is True

rng = random.Random(8)
for _ in range(2000):
    s = "".join(rng.choice("aAbB1 ,.") for _ in range(rng.randrange(9)))
    assert is_palindrome(s) == reference(s), s
