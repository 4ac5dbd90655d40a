# Checks the Python solution printed in content/questions/coding/code-add-search-words.md.
import random


def reference(words, pattern):
    return any(len(w) == len(pattern) and all(p in (".", c) for p, c in zip(pattern, w))
               for w in words)


d = WordDictionary()
assert not d.search("a") and not d.search(".")
for w in ("bad", "dad", "mad"):
    d.add_word(w)
assert d.search(".ad") and d.search("b..") and not d.search("pad") and not d.search("....")

rng = random.Random(377)
for _ in range(200):
    d, words = WordDictionary(), []
    for _ in range(rng.randrange(30)):
        if rng.random() < 0.5:
            word = "".join(rng.choice("abc") for _ in range(rng.randint(1, 5)))
            d.add_word(word)
            words.append(word)
        else:
            pattern = "".join(rng.choice("abc.") for _ in range(rng.randint(1, 5)))
            assert d.search(pattern) == reference(words, pattern), (words, pattern)
