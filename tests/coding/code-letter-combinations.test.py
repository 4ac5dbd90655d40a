# Checks the Python solution printed in content/questions/coding/code-letter-combinations.md.
import itertools

KEYPAD = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl",
          "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def reference(digits):
    if not digits:
        return []
    return ["".join(p) for p in itertools.product(*(KEYPAD[d] for d in digits))]


assert letter_combinations("") == []
assert sorted(letter_combinations("23")) == ["ad", "ae", "af", "bd", "be", "bf", "cd", "ce", "cf"]
assert sorted(letter_combinations("7")) == ["p", "q", "r", "s"]

# Every digit string of length 1..4: same strings as the product, none repeated.
for length in range(1, 5):
    for combo in itertools.product("23456789", repeat=length):
        digits = "".join(combo)
        result = letter_combinations(digits)
        assert sorted(result) == sorted(reference(digits)), digits
        assert len(set(result)) == len(result), digits
