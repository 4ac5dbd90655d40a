# Checks the Python solution printed in content/questions/coding/code-level-order-traversal.md.
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
    levels = []

    def visit(node, depth):
        if node is None:
            return
        if depth == len(levels):
            levels.append([])
        levels[depth].append(node.val)
        visit(node.left, depth + 1)
        visit(node.right, depth + 1)

    visit(root, 0)
    return levels


assert level_order(None) == []
assert level_order(build([3, 9, 20, None, None, 15, 7])) == [[3], [9, 20], [15, 7]]
assert level_order(chain(20000)) == [[i] for i in range(20000)], "deep chain"

rng = random.Random(21)
for _ in range(400):
    root = build(random_values(rng, rng.randrange(40), -1000, 1000))
    assert level_order(root) == reference(root)
