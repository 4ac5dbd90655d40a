# Checks the Python solution printed in content/questions/coding/code-max-path-sum.md.
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
    """Brute force: the sum of the path between every pair of nodes."""
    neighbours, stack = {}, [root]
    while stack:
        node = stack.pop()
        neighbours.setdefault(node, [])
        for child in (node.left, node.right):
            if child is not None:
                neighbours[node].append(child)
                neighbours.setdefault(child, []).append(node)
                stack.append(child)
    best = max(node.val for node in neighbours)
    for start in neighbours:
        walk = [(start, None, start.val)]
        while walk:
            node, came_from, total = walk.pop()
            best = max(best, total)
            walk.extend((nxt, node, total + nxt.val) for nxt in neighbours[node] if nxt is not came_from)
    return best


assert max_path_sum(build([-10, 9, 20, None, None, 15, 7])) == 42
assert max_path_sum(build([-2, -1])) == -1
deep = chain(30000)            # values 0 .. 29999 down one side
assert max_path_sum(deep) == sum(range(30000)), "deep chain"

rng = random.Random(144)
for _ in range(300):
    size = rng.randrange(1, 25)
    values = random_values(rng, size, -20, 20)
    assert max_path_sum(build(values)) == reference(build(values)), values
