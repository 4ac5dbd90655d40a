# Checks the Python solution printed in content/questions/coding/code-copy-list-random-pointer.md.
import random


def build(pairs):
    nodes = [Node(value) for value, _ in pairs]
    for i, (_, target) in enumerate(pairs):
        if i + 1 < len(nodes):
            nodes[i].next = nodes[i + 1]
        if target >= 0:
            nodes[i].random = nodes[target]
    return nodes[0] if nodes else None


def walk(head):
    nodes = []
    while head is not None:
        nodes.append(head)
        head = head.next
    return nodes


def dump(head):
    nodes = walk(head)
    index = {id(node): i for i, node in enumerate(nodes)}
    return [(n.val, -1 if n.random is None else index[id(n.random)]) for n in nodes]


def check(pairs, name):
    head = build(pairs)
    copy = copy_random_list(head)
    assert dump(head) == pairs, f"{name}: the original changed"
    assert dump(copy) == pairs, f"{name}: the copy differs"
    originals = {id(n) for n in walk(head)}
    for n in walk(copy):
        assert id(n) not in originals, f"{name}: copy shares a node"
        assert n.random is None or id(n.random) not in originals, f"{name}: random points back"


check([], "empty")
check([(1, 0)], "self link")
check([(1, 1), (2, 1)], "shared target")
check([(3, -1), (3, -1), (3, -1)], "equal values, no random")
check([(7, -1), (13, 0), (11, 4), (10, 2), (1, 0)], "worked example")

rng = random.Random(11)
for _ in range(300):
    n = rng.randrange(25)
    check([(rng.randint(-3, 3), rng.randrange(-1, n)) for _ in range(n)], "random list")
