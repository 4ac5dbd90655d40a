// Checks the C++ solution printed in content/questions/coding/code-path-minimum-effort.md.
#include SOLUTION_HEADER

#include <cstdlib>
#include <iostream>
#include <queue>
#include <set>
#include <utility>
#include <vector>

namespace {
int failures = 0;
using Grid = std::vector<std::vector<int>>;

bool reachable(const Grid& h, int limit) {
    const int rows = static_cast<int>(h.size());
    const int cols = static_cast<int>(h[0].size());
    std::vector<std::vector<bool>> seen(static_cast<std::size_t>(rows), std::vector<bool>(static_cast<std::size_t>(cols), false));
    std::queue<std::pair<int, int>> queue;
    queue.emplace(0, 0);
    seen[0][0] = true;
    const int dr[] = {1, -1, 0, 0};
    const int dc[] = {0, 0, 1, -1};
    while (!queue.empty()) {
        const auto [r, c] = queue.front();
        queue.pop();
        for (int d = 0; d < 4; ++d) {
            const int nr = r + dr[d];
            const int nc = c + dc[d];
            if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && !seen[nr][nc] &&
                std::abs(h[nr][nc] - h[r][c]) <= limit) {
                seen[nr][nc] = true;
                queue.emplace(nr, nc);
            }
        }
    }
    return seen[rows - 1][cols - 1];
}

// Reference: the smallest step size for which a BFS using only steps that small succeeds.
int byThreshold(const Grid& h) {
    std::set<int> steps{0};
    for (std::size_t r = 0; r < h.size(); ++r) {
        for (std::size_t c = 0; c < h[r].size(); ++c) {
            if (r + 1 < h.size()) {
                steps.insert(std::abs(h[r + 1][c] - h[r][c]));
            }
            if (c + 1 < h[r].size()) {
                steps.insert(std::abs(h[r][c + 1] - h[r][c]));
            }
        }
    }
    for (const int e : steps) {
        if (reachable(h, e)) {
            return e;
        }
    }
    return -1;
}

void check(const Grid& h, int expected, const char* name) {
    const int actual = minimumEffort(h);
    if (actual != expected) {
        std::cerr << name << ": expected " << expected << ", got " << actual << '\n';
        ++failures;
    }
}
}  // namespace

int main() {
    check({{1, 2, 2}, {3, 8, 2}, {5, 3, 5}}, 2, "worked example");
    check({{1, 2, 3}, {3, 8, 4}, {5, 3, 5}}, 1, "second example");
    check({{5}}, 0, "one cell");
    check({{1, 1000000}}, 999999, "one huge step");
    check({{1}, {10}, {3}}, 9, "one column");
    check({{1, 9, 1, 1, 1}, {1, 9, 1, 9, 1}, {1, 1, 1, 9, 1}, {9, 9, 9, 9, 1}, {1, 1, 1, 1, 1}}, 0,
          "winding route");
    {
        Grid h(100, std::vector<int>(100));
        for (int r = 0; r < 100; ++r) {
            for (int c = 0; c < 100; ++c) {
                h[r][c] = r * 100 + c;
            }
        }
        check(h, 100, "100x100 ramp");
    }
    unsigned state = 63;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    const int tops[] = {3, 20, 1000000};
    for (int round = 0; round < 300 && failures == 0; ++round) {
        const int top = tops[next(3)];
        Grid h(static_cast<std::size_t>(1 + next(6)), std::vector<int>(static_cast<std::size_t>(1 + next(6))));
        for (auto& row : h) {
            for (auto& cell : row) {
                cell = 1 + next(static_cast<unsigned>(top));
            }
        }
        check(h, byThreshold(h), "random heights");
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-path-minimum-effort: all checks passed\n";
    return 0;
}
