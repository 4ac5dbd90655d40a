# Checks the Python solution printed in content/questions/coding/code-search-suggestions-system.md.
import random


def reference(products, typed):
    ordered = sorted(products)
    return [[p for p in ordered if p.startswith(typed[:i])][:3] for i in range(1, len(typed) + 1)]


products = ["mobile", "mouse", "moneypot", "monitor", "mousepad"]
original = list(products)
assert suggested_products(products, "mouse")[2] == ["mouse", "mousepad"]
assert products == original, "the caller's list was reordered"
assert suggested_products(["havana"], "tatiana") == [[]] * 7

rng = random.Random(610)
for _ in range(400):
    names = list({"".join(rng.choice("abc") for _ in range(rng.randint(1, 5)))
                  for _ in range(rng.randrange(20))})
    typed = "".join(rng.choice("abcd") for _ in range(rng.randint(1, 6)))
    assert suggested_products(names, typed) == reference(names, typed), (names, typed)
