# Checks the Python solution printed in content/questions/coding/code-right-side-view.md.
import random

from tree_support import random_values, tree_builders

build, chain = tree_builders(TreeNode)


def reference(root):
    """Right-before-left DFS: the first node met at each depth is visible."""
    seen = []
    stack = [(root, 0)] if root is not None else []
    while stack:
        node, depth = stack.pop()
        if depth == len(seen):
            seen.append(node.val)
        for child in (node.left, node.right):   # right is pushed last, so popped first
            if child is not None:
                stack.append((child, depth + 1))
    return seen


assert right_side_view(None) == []
assert right_side_view(build([1, 2, 3, 4])) == [1, 3, 4]
assert right_side_view(chain(20000)) == list(range(20000)), "deep left chain"

rng = random.Random(89)
for _ in range(400):
    root = build(random_values(rng, rng.randrange(40), -100, 100))
    assert right_side_view(root) == reference(root)
