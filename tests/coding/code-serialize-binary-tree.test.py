# Checks the Python solution printed in content/questions/coding/code-serialize-binary-tree.md.
import random


def same(a, b):
    stack = [(a, b)]
    while stack:
        x, y = stack.pop()
        if x is None or y is None:
            if x is not y:
                return False
            continue
        if x.val != y.val:
            return False
        stack.append((x.left, y.left))
        stack.append((x.right, y.right))
    return True


def round_trip(root, name):
    text = serialize(root)
    copy = deserialize(text)
    assert same(root, copy), f"{name}: round trip changed the tree ({text!r})"
    assert serialize(copy) == text, name


N = TreeNode
example = N(1, N(2), N(3, N(4), N(5)))
assert serialize(example) == "1,2,3,#,#,4,5"
round_trip(example, "worked example")

assert serialize(None) == ""
assert deserialize("") is None and deserialize("#") is None

chain = N(7, None, N(7, None, N(-3)))
assert serialize(chain) == "7,#,7,#,-3"
round_trip(chain, "right chain")

assert serialize(N(0)) == "0"
round_trip(N(-(2**31), N(2**31 - 1), N(-12345, N(678))), "extreme values")

parsed = deserialize("10,-4,6,#,3,#,#,8")
assert same(parsed, N(10, N(-4, None, N(3, N(8))), N(6)))

# Deep skewed tree: no recursion in serialize/deserialize.
root = N(0)
tail = root
for i in range(1, 20000):
    tail.left = N(i)
    tail = tail.left
round_trip(root, "deep left chain")

# Random trees.
rng = random.Random(3)


def random_tree(size):
    if size == 0:
        return None
    left = rng.randrange(size)
    return N(rng.randrange(-50, 50), random_tree(left), random_tree(size - 1 - left))


for _ in range(200):
    round_trip(random_tree(rng.randrange(0, 40)), "random tree")
