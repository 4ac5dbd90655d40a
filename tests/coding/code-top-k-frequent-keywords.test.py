# Checks the Python solution printed in content/questions/coding/code-top-k-frequent-keywords.md.
import random
from collections import Counter

t = KeywordTracker()
for line in ("ERROR disk full", "error timeout", "WARN disk slow", "error disk full"):
    t.add_line(line)
assert t.top_k(2) == [("disk", 3), ("error", 3)], t.top_k(2)
assert t.top_k(3) == [("disk", 3), ("error", 3), ("full", 2)]
assert t.count_of("warn") == 1 and t.count_of("WARN") == 0
assert t.top_k(0) == []
everything = t.top_k(100)
assert len(everything) == 6 and everything[-1] == ("warn", 1)

t = KeywordTracker()
for line in ("", "!!! --- ???", "user=42 status:500 path=/api/v1/items", "status:500 retry#2"):
    t.add_line(line)
assert t.count_of("status") == 2 and t.count_of("500") == 2
assert t.count_of("items") == 1 and t.count_of("2") == 1
assert t.top_k(2) == [("500", 2), ("status", 2)]

assert top_k_frequent(["b", "a", "b", "c", "a", "b"], 2) == ["b", "a"]
assert top_k_frequent([], 3) == []
assert top_k_frequent(["x", "y", "z"], 5) == ["x", "y", "z"]
assert top_k_frequent("the day is sunny the the the sunny is is".split(), 4) == \
    ["the", "is", "sunny", "day"]

rng = random.Random(8)
words = ["w%d" % (rng.randrange(1000) ** 2 % 97) for _ in range(5000)]
ranked = sorted(Counter(words).items(), key=lambda kv: (-kv[1], kv[0]))
for k in (1, 5, 10, 50, 200):
    assert top_k_frequent(words, k) == [w for w, _ in ranked[:k]], k
