# Checks the Python solution printed in content/questions/coding/code-trie-prefix-search.md.
import random

t = Trie()
for w in ("car", "card", "care", "cat", "dog"):
    t.insert(w)
assert t.contains("car") and not t.contains("ca")
assert t.has_prefix("ca") and not t.has_prefix("cow")
assert t.complete("car", 10) == ["car", "card", "care"]
assert t.complete("c", 2) == ["car", "card"]
assert t.complete("", 10) == ["car", "card", "care", "cat", "dog"]
assert t.complete("x", 10) == [] and t.complete("car", 0) == []
assert not t.contains("") and t.has_prefix("")
t.insert("car")
assert t.complete("car", 10) == ["car", "card", "care"]
t.insert("")
assert t.contains("") and t.complete("", 1) == [""]
assert not t.contains("cards") and not t.has_prefix("cards")

t = Trie()
t.insert("Car")
t.insert("car-2")
t.insert("z" * 50000)
assert t.contains("Car") and not t.contains("car") and t.has_prefix("car-")
assert t.contains("z" * 50000) and len(t.complete("zzz", 5)) == 1

rng = random.Random(3)
t = Trie()
words = set()
for _ in range(3000):
    w = "".join(rng.choice("abcd") for _ in range(rng.randrange(7)))
    t.insert(w)
    words.add(w)
ordered = sorted(words)
for _ in range(500):
    p = "".join(rng.choice("abcd") for _ in range(rng.randrange(5)))
    limit = rng.randrange(20)
    matching = [w for w in ordered if w.startswith(p)]
    assert t.contains(p) == (p in words)
    assert t.has_prefix(p) == bool(matching)
    assert t.complete(p, limit) == matching[:limit], p
