# Checks the Python solution printed in content/questions/coding/code-combination-sum.md.
import random


def norm(sets):
    return sorted(sorted(s) for s in sets)


def by_counts(candidates, target):
    """Reference: choose how many times to use each candidate, one candidate at a time."""
    found = []

    def pick(i, remaining, chosen):
        if remaining == 0:
            found.append(list(chosen))
            return
        if i == len(candidates):
            return
        c = candidates[i]
        for times in range(remaining // c + 1):
            pick(i + 1, remaining - times * c, chosen + [c] * times)

    pick(0, target, [])
    return norm(found)


assert norm(combination_sum([2, 3, 6, 7], 7)) == [[2, 2, 3], [7]]
assert norm(combination_sum([2, 3, 5], 8)) == [[2, 2, 2, 2], [2, 3, 3], [3, 5]]
assert combination_sum([2], 1) == []
assert combination_sum([40], 40) == [[40]]
assert len(combination_sum(list(range(2, 41)), 40)) == 6153

given = [7, 3, 2]
combination_sum(given, 7)
assert given == [7, 3, 2], "the caller's list was reordered"

rng = random.Random(5)
for round_ in range(300):
    candidates = rng.sample(range(2, 41), rng.randint(1, 6))
    target = rng.randint(1, 40)
    result = combination_sum(candidates, target)
    assert all(sum(c) == target for c in result), (candidates, target)
    assert len({tuple(sorted(c)) for c in result}) == len(result), (candidates, target)
    assert norm(result) == by_counts(candidates, target), (candidates, target)
