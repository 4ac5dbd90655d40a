# Checks the Python solution printed in content/questions/coding/code-right-side-view.md.
import random
from collections import deque


def build(values):
    """A tree from its level-order list, None marking a missing child."""
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    parents = deque([root])
    i = 1
    while parents and i < len(values):
        parent = parents.popleft()
        for side in ("left", "right"):
            if i < len(values) and values[i] is not None:
                child = TreeNode(values[i])
                setattr(parent, side, child)
                parents.append(child)
            i += 1
    return root


def random_values(rng, size, low, high, gaps=0.25):
    values = [rng.randint(low, high) for _ in range(size)]
    return [None if i and rng.random() < gaps else v for i, v in enumerate(values)]


def chain(length, left=True):
    """A tree in which every node has one child: as deep as it is long."""
    root = TreeNode(0)
    node = root
    for i in range(1, length):
        child = TreeNode(i)
        if left:
            node.left = child
        else:
            node.right = child
        node = child
    return root


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
