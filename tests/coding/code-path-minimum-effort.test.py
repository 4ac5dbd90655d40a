# Checks the Python solution printed in content/questions/coding/code-path-minimum-effort.md.
import random
from collections import deque


def by_threshold(heights):
    """Reference: the smallest e (among the step sizes) for which a BFS using steps <= e succeeds."""
    rows, cols = len(heights), len(heights[0])
    steps = {0}
    for r in range(rows):
        for c in range(cols):
            if r + 1 < rows:
                steps.add(abs(heights[r + 1][c] - heights[r][c]))
            if c + 1 < cols:
                steps.add(abs(heights[r][c + 1] - heights[r][c]))
    for e in sorted(steps):
        seen = {(0, 0)}
        queue = deque([(0, 0)])
        while queue:
            r, c = queue.popleft()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen
                        and abs(heights[nr][nc] - heights[r][c]) <= e):
                    seen.add((nr, nc))
                    queue.append((nr, nc))
        if (rows - 1, cols - 1) in seen:
            return e
    raise AssertionError("unreachable")


assert minimum_effort([[1, 2, 2], [3, 8, 2], [5, 3, 5]]) == 2
assert minimum_effort([[1, 2, 3], [3, 8, 4], [5, 3, 5]]) == 1
assert minimum_effort([[5]]) == 0
assert minimum_effort([[1, 10**6]]) == 10**6 - 1
assert minimum_effort([[1], [10], [3]]) == 9
assert minimum_effort([[r * 100 + c for c in range(100)] for r in range(100)]) == 100
# A route that must wind up and left around a ridge of 9s.
snake = [[1, 9, 1, 1, 1],
         [1, 9, 1, 9, 1],
         [1, 1, 1, 9, 1],
         [9, 9, 9, 9, 1],
         [1, 1, 1, 1, 1]]
assert minimum_effort(snake) == 0

rng = random.Random(6)
for round_ in range(300):
    rows, cols = rng.randint(1, 6), rng.randint(1, 6)
    top = rng.choice((3, 20, 10**6))
    heights = [[rng.randint(1, top) for _ in range(cols)] for _ in range(rows)]
    assert minimum_effort(heights) == by_threshold(heights), heights
