# Checks the Python templates printed in content/questions/coding/pattern-two-pointers.md.
assert pair_with_sum([1, 3, 4, 6, 9], 10) == (0, 4)
assert pair_with_sum([1, 3, 4, 6, 9], 2) is None
assert pair_with_sum([], 0) is None
values = [0, 1, 0, 3, 12]
assert compact(values, lambda v: v != 0) == 3 and values[:3] == [1, 3, 12]
