# Checks the Python solution printed in content/questions/coding/code-lowest-common-ancestor.md.
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
