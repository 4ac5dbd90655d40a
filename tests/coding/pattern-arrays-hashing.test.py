# Checks the Python templates printed in content/questions/coding/pattern-arrays-hashing.md.
assert first_match([8, 3, 11, 5], lambda x: x, lambda x: 16 - x) == (2, 3)
assert first_match([4, 1, 2], lambda x: x, lambda x: 8 - x) is None      # 4 never matches itself
assert first_match([], lambda x: x, lambda x: x) is None
assert group_by(["eat", "tea", "bat"], lambda w: "".join(sorted(w))) == [["eat", "tea"], ["bat"]]
assert group_by([], len) == []
