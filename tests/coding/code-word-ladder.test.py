# Checks the Python solution printed in content/questions/coding/code-word-ladder.md.
import random
from collections import deque


def reference(start, target, dictionary):
    """BFS over an explicit graph built by comparing every pair of words."""
    def adjacent(a, b):
        return sum(x != y for x, y in zip(a, b)) == 1

    if target not in dictionary:
        return 0
    words = [w for w in dict.fromkeys(dictionary) if w != start]
    dist = {start: 1}
    queue = deque([start])
    while queue:
        word = queue.popleft()
        for other in words:
            if other not in dist and adjacent(word, other):
                dist[other] = dist[word] + 1
                queue.append(other)
    return dist.get(target, 0)


D = ["hot", "dot", "dog", "lot", "log", "cog"]
assert ladder_length("hit", "cog", D) == 5
assert ladder_length("hit", "cog", D[:-1]) == 0
assert ladder_length("a", "c", ["a", "b", "c"]) == 2
assert ladder_length("hot", "dog", ["hot", "dog"]) == 0
assert ladder_length("lost", "cost", ["most", "fist", "lost", "cost", "fish"]) == 2
words = [a + b + c for a in "abcde" for b in "abcde" for c in "abcde"]
assert ladder_length("aaa", "eee", words) == 4

# A long chain: every word of length 4 over "ab" in Gray-code order, each one letter from the next.
gray = ["".join("ab"[(i ^ (i >> 1)) >> k & 1] for k in range(4)) for i in range(16)]
assert ladder_length(gray[0], gray[-1], gray[1:]) == reference(gray[0], gray[-1], gray[1:])

rng = random.Random(23)
for round_ in range(300):
    length = rng.randint(1, 3)
    pool = ["".join(rng.choice("abc") for _ in range(length)) for _ in range(rng.randint(1, 15))]
    dictionary = list(dict.fromkeys(pool))
    start = "".join(rng.choice("abc") for _ in range(length))
    target = rng.choice(dictionary)
    if start == target:
        continue
    assert ladder_length(start, target, dictionary) == reference(start, target, dictionary), (
        start, target, dictionary)
