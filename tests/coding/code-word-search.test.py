# Checks the Python solution printed in content/questions/coding/code-word-search.md.
import random


def reference(board, word):
    """Plain search with a visited bitmask and no pruning."""
    rows, cols = len(board), len(board[0])

    def go(r, c, k, used):
        if not (0 <= r < rows and 0 <= c < cols) or used >> (r * cols + c) & 1:
            return False
        if board[r][c] != word[k]:
            return False
        if k == len(word) - 1:
            return True
        used |= 1 << (r * cols + c)
        return any(go(r + dr, c + dc, k + 1, used) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))

    return any(go(r, c, 0, 0) for r in range(rows) for c in range(cols))


B = ["ABCE", "SFCS", "ADEE"]
assert word_exists(B, "ABCCED")
assert word_exists(B, "SEE")
assert not word_exists(B, "ABCB")
assert word_exists(["A"], "A") and not word_exists(["A"], "AA")
assert not word_exists(["AB", "CD"], "AD")
assert not word_exists(["AB"], "ABA"), "a cell must not be reused"
assert not word_exists(["aA"], "AA")
assert word_exists(["A" * 6] * 6, "A" * 15)
assert not word_exists(["A" * 6] * 6, "A" * 14 + "B")
assert B == ["ABCE", "SFCS", "ADEE"], "the caller's board was modified"

rng = random.Random(3)
for round_ in range(400):
    rows, cols = rng.randint(1, 4), rng.randint(1, 4)
    board = ["".join(rng.choice("ABC") for _ in range(cols)) for _ in range(rows)]
    word = "".join(rng.choice("ABC") for _ in range(rng.randint(1, 7)))
    assert word_exists(board, word) == reference(board, word), (board, word)
