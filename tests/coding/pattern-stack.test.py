# Checks the Python templates printed in content/questions/coding/pattern-stack.md.
assert next_greater_index([73, 74, 75, 71, 69, 72, 76, 73]) == [1, 2, 6, 5, 5, 6, -1, -1]
assert next_greater_index([2, 2, 1]) == [-1, -1, -1]
assert next_greater_index([]) == []
assert is_balanced("{[()]}") and not is_balanced("([)]") and not is_balanced("((") and is_balanced("")
