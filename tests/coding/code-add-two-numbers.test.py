# Checks the Python solution printed in content/questions/coding/code-add-two-numbers.md.
import random


def from_number(n):
    digits = [int(c) for c in reversed(str(n))]
    head = None
    for d in reversed(digits):
        head = ListNode(d, head)
    return head


def to_number(head):
    text = []
    while head is not None:
        assert 0 <= head.val <= 9, "not a digit"
        text.append(str(head.val))
        head = head.next
    return int("".join(reversed(text)))


def check(x, y):
    a, b = from_number(x), from_number(y)
    total = add_two_numbers(a, b)
    assert to_number(total) == x + y, (x, y)
    assert to_number(a) == x and to_number(b) == y, "inputs changed"
    # no leading zeros in the result, except the number 0 itself
    digits = []
    while total is not None:
        digits.append(total.val)
        total = total.next
    assert len(digits) == len(str(x + y)), (x, y, digits)


for x, y in [(342, 465), (0, 0), (9999, 1), (81, 0), (5, 5), (10**99 - 1, 10**99 - 1), (1, 10**99)]:
    check(x, y)

rng = random.Random(3)
for _ in range(500):
    check(rng.randrange(10 ** rng.randint(1, 30)), rng.randrange(10 ** rng.randint(1, 30)))
