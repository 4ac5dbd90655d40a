# Checks the Python solution printed in content/questions/coding/code-max-path-sum.md.
import random

from tree_support import random_values, tree_builders

build, chain = tree_builders(TreeNode)


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
