# Checks the Python solution printed in content/questions/coding/code-level-order-traversal.md.
import random

from tree_support import random_values, tree_builders

build, chain = tree_builders(TreeNode)


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
