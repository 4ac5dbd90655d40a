"""Helpers for the tests of the binary-tree problems.

Used by code-level-order-traversal, code-right-side-view, code-lowest-common-ancestor,
code-max-path-sum and code-validate-bst (.test.py): a tree from its level-order list, random
level-order lists, and one-sided chains as deep as they are long.

The trees are made of the solution's own TreeNode (a class with val, left and right, built as
TreeNode(val)), which run_python.py defines in the test's namespace; the test hands it over once:

    from tree_support import random_values, tree_builders

    build, chain = tree_builders(TreeNode)
    root = build([3, 9, 20, None, None, 15, 7])
    deep = chain(20000)
"""

from collections import deque


def tree_builders(node_class):
    """build(values) and chain(length, left=True) making trees of node_class."""

    def build(values):
        """A tree from its level-order list, None marking a missing child."""
        if not values or values[0] is None:
            return None
        root = node_class(values[0])
        parents = deque([root])
        i = 1
        while parents and i < len(values):
            parent = parents.popleft()
            for side in ("left", "right"):
                if i < len(values) and values[i] is not None:
                    child = node_class(values[i])
                    setattr(parent, side, child)
                    parents.append(child)
                i += 1
        return root

    def chain(length, left=True):
        """A tree in which every node has one child: as deep as it is long, values 0 .. length-1."""
        root = node_class(0)
        node = root
        for i in range(1, length):
            child = node_class(i)
            if left:
                node.left = child
            else:
                node.right = child
            node = child
        return root

    return build, chain


def random_values(rng, size, low, high, gaps=0.25):
    """A random level-order list of size values in [low, high]; each after the root is None with
    probability gaps."""
    values = [rng.randint(low, high) for _ in range(size)]
    return [None if i and rng.random() < gaps else v for i, v in enumerate(values)]
