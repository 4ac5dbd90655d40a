# Checks the Python solution printed in content/questions/coding/code-word-search-ii.md.
import random


def on_board(board, word):
    """Brute force: backtracking for one word."""
    rows = len(board)

    def dfs(r, c, i, used):
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        used.add((r, c))
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if (0 <= nr < rows and 0 <= nc < len(board[nr]) and (nr, nc) not in used
                    and dfs(nr, nc, i + 1, used)):
                return True
        used.discard((r, c))
        return False

    return any(dfs(r, c, 0, set()) for r in range(rows) for c in range(len(board[r])))


def check(board, words):
    expected = sorted(w for w in set(words) if on_board(board, w))
    assert find_words(board, words) == expected, (board, words)


check(["oaan", "etae", "ihkr", "iflv"], ["oath", "pea", "eat", "rain"])
check(["ab", "cd"], ["abcb", "abdc"])
check(["a"], [])
check(["a" * 12] * 12, ["a" * 10, "a" * 9 + "b", "b"])

rng = random.Random(233)
for _ in range(300):
    rows, cols = rng.randint(1, 4), rng.randint(1, 4)
    board = ["".join(rng.choice("abc") for _ in range(cols)) for _ in range(rows)]
    words = list({"".join(rng.choice("abc") for _ in range(rng.randint(1, 6)))
                  for _ in range(rng.randrange(15))})
    check(board, words)
