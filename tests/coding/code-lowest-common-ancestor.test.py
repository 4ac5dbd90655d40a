# Checks the Python solution printed in content/questions/coding/code-lowest-common-ancestor.md.
import random

from tree_support import tree_builders

build, chain = tree_builders(TreeNode)


def path_to(root, target):
    """Root-to-target list of nodes, found by brute force."""
    stack = [(root, [root])]
    while stack:
        node, path = stack.pop()
        if node is target:
            return path
        for child in (node.left, node.right):
            if child is not None:
                stack.append((child, path + [child]))
    raise AssertionError("target not in tree")


def reference(root, p, q):
    answer = None
    for a, b in zip(path_to(root, p), path_to(root, q)):
        if a is not b:
            break
        answer = a
    return answer


def nodes_of(root):
    out, stack = [], [root]
    while stack:
        node = stack.pop()
        if node is not None:
            out.append(node)
            stack.extend((node.left, node.right))
    return out


deep = chain(100000)
nodes = nodes_of(deep)
bottom = [n for n in nodes if n.val == 99999][0]
middle = [n for n in nodes if n.val == 50000][0]
assert lowest_common_ancestor(deep, bottom, middle) is middle, "deep chain"

rng = random.Random(55)
for _ in range(400):
    size = rng.randrange(2, 40)
    values = rng.sample(range(-1000, 1000), size)
    root = build([None if i and rng.random() < 0.25 else v for i, v in enumerate(values)])
    nodes = nodes_of(root)
    if len(nodes) < 2:
        continue
    p, q = rng.sample(nodes, 2)
    assert lowest_common_ancestor(root, p, q) is reference(root, p, q)
