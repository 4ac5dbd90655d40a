# Checks the Python solution printed in content/questions/coding/code-reverse-linked-list.md.
import random


def check(values, name):
    nodes = [ListNode(v) for v in values]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    head = reverse_list(nodes[0] if nodes else None)
    seen = []
    while head is not None:
        seen.append(head)
        head = head.next
        assert len(seen) <= len(nodes), f"{name}: cycle or extra nodes"
    assert seen == nodes[::-1], f"{name}: not the same nodes in reverse order"


check([], "empty")
check([7], "one node")
check([1, 2], "two nodes")
check([1, 2, 3, 4, 5], "worked example")
check([3, -1, 3, 0], "duplicates and negatives")
check(list(range(100000)), "long list, no recursion")

rng = random.Random(5)
for _ in range(300):
    check([rng.randint(-5000, 5000) for _ in range(rng.randrange(30))], "random list")
