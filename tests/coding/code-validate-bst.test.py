# Checks the Python solution printed in content/questions/coding/code-validate-bst.md.
import random

from tree_support import random_values, tree_builders

build, chain = tree_builders(TreeNode)


def values_of(node):
    return [] if node is None else values_of(node.left) + [node.val] + values_of(node.right)


def reference(node):
    """Brute force straight from the definition."""
    if node is None:
        return True
    return (all(v < node.val for v in values_of(node.left))
            and all(v > node.val for v in values_of(node.right))
            and reference(node.left) and reference(node.right))


def insert(root, value):
    if root is None:
        return TreeNode(value)
    node = root
    while True:
        side = "left" if value < node.val else "right"
        child = getattr(node, side)
        if child is None:
            setattr(node, side, TreeNode(value))
            return root
        node = child


MIN, MAX = -2**31, 2**31 - 1
assert is_valid_bst(None)
assert is_valid_bst(build([MIN, None, MAX]))
assert not is_valid_bst(build([5, 4, 6, None, None, 3, 7]))
assert is_valid_bst(chain(20000, left=False)), "deep increasing chain"
assert not is_valid_bst(chain(20000, left=True)), "deep decreasing chain"

rng = random.Random(34)
for _ in range(400):
    root = build(random_values(rng, rng.randrange(12), -3, 3))
    assert is_valid_bst(root) == reference(root)
for _ in range(300):
    root = None
    for v in rng.sample(range(-50, 50), rng.randrange(1, 30)):
        root = insert(root, v)
    assert is_valid_bst(root)
    # change one node's value: sometimes still valid, often not
    nodes, stack = [], [root]
    while stack:
        n = stack.pop()
        nodes.append(n)
        stack.extend(c for c in (n.left, n.right) if c is not None)
    rng.choice(nodes).val = rng.randint(-60, 60)
    assert is_valid_bst(root) == reference(root)
