# Checks the Python solution printed in content/questions/coding/code-group-anagrams.md.
import random


def norm(groups):
    return sorted(sorted(group) for group in groups)


def reference(words):
    groups = {}
    for word in words:
        groups.setdefault("".join(sorted(word)), []).append(word)
    return norm(groups.values())


assert norm(group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"])) == [
    ["ate", "eat", "tea"], ["bat"], ["nat", "tan"]]
assert norm(group_anagrams(["ab", "ba", "aab", "abb"])) == [["aab"], ["ab", "ba"], ["abb"]]
assert group_anagrams([]) == []
assert group_anagrams([""]) == [[""]]
# Counts that would collide without a separator between them still separate here.
assert norm(group_anagrams(["a" + "b" * 11, "a" * 11 + "b"])) == [["a" * 11 + "b"], ["a" + "b" * 11]]
# Groups come in first-seen order, words in input order.
assert group_anagrams(["tan", "eat", "nat", "tea"]) == [["tan", "nat"], ["eat", "tea"]]

rng = random.Random(11)
for _ in range(400):
    words = ["".join(rng.choice("abc") for _ in range(rng.randrange(5))) for _ in range(rng.randrange(12))]
    assert norm(group_anagrams(words)) == reference(words), words
