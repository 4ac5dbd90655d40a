# Checks the Python solution printed in content/questions/coding/code-merge-k-sorted-lists.md.
import random


def from_list(values):
    head = None
    for v in reversed(values):
        head = ListNode(v, head)
    return head


def to_list(head):
    out = []
    while head is not None:
        out.append(head.val)
        head = head.next
    return out


def check(inputs, name):
    lists = [from_list(v) for v in inputs]
    original = set()
    for head in lists:
        while head is not None:
            original.add(id(head))
            head = head.next
    merged = merge_k_lists(lists)
    assert to_list(merged) == sorted(v for values in inputs for v in values), name
    node = merged
    while node is not None:
        assert id(node) in original, f"{name}: node copied instead of reused"
        node = node.next


check([[1, 4, 5], [1, 3, 4], [2, 6]], "worked example")
check([], "no lists")
check([[], []], "empty lists")
check([[-2, 7], [], [0]], "negatives")
check([[1, 2, 3]], "one list")
check([[5, 5, 5], [5], [5, 5]], "all equal")
check([list(range(0, 20000, 2)), [1], [3, 19999], [-1]], "unequal lengths")

rng = random.Random(8)
for _ in range(200):
    check([sorted(rng.randint(-10, 10) for _ in range(rng.randrange(10)))
           for _ in range(rng.randrange(8))], "random lists")
