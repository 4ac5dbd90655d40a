// Checks the C++ solution printed in content/questions/coding/code-rotting-oranges.md.
#include SOLUTION_HEADER

#include <iostream>
#include <vector>

namespace {
int failures = 0;
using Grid = std::vector<std::vector<int>>;

// Reference: rot minute by minute on a copy until nothing changes.
int simulate(Grid state) {
    for (int minutes = 0;; ++minutes) {
        int fresh = 0;
        Grid next = state;
        const int rows = static_cast<int>(state.size());
        for (int r = 0; r < rows; ++r) {
            const int cols = static_cast<int>(state[r].size());
            for (int c = 0; c < cols; ++c) {
                if (state[r][c] != 1) {
                    continue;
                }
                ++fresh;
                const bool touched = (r > 0 && state[r - 1][c] == 2) ||
                                     (r + 1 < rows && state[r + 1][c] == 2) ||
                                     (c > 0 && state[r][c - 1] == 2) ||
                                     (c + 1 < cols && state[r][c + 1] == 2);
                if (touched) {
                    next[r][c] = 2;
                }
            }
        }
        if (fresh == 0) {
            return minutes;
        }
        if (next == state) {
            return -1;
        }
        state = next;
    }
}

void check(const Grid& grid, int expected, const char* name) {
    const Grid before = grid;
    const int actual = minutesToRot(grid);
    if (actual != expected) {
        std::cerr << name << ": expected " << expected << ", got " << actual << '\n';
        ++failures;
    }
    if (grid != before) {
        std::cerr << name << ": the caller's grid was modified\n";
        ++failures;
    }
}
}  // namespace

int main() {
    check({{2, 1, 1}, {1, 1, 0}, {0, 1, 1}}, 4, "worked example");
    check({{2, 1, 1}, {0, 1, 1}, {1, 0, 1}}, -1, "unreachable orange");
    check({{0, 2}}, 0, "nothing fresh");
    check({{0}}, 0, "empty cell only");
    check({{1}}, -1, "fresh, nothing rotten");
    check({{2}}, 0, "rotten only");
    check({{2, 1, 1, 1, 2}}, 2, "two sources");
    {
        Grid big(10, std::vector<int>(10, 1));
        big[0][0] = 2;
        check(big, 18, "10x10 from a corner");
    }
    unsigned state = 21;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    const int kinds[] = {0, 1, 1, 2};
    for (int round = 0; round < 500 && failures == 0; ++round) {
        Grid grid(static_cast<std::size_t>(1 + next(6)), std::vector<int>(static_cast<std::size_t>(1 + next(6))));
        for (auto& row : grid) {
            for (auto& cell : row) {
                cell = kinds[next(4)];
            }
        }
        check(grid, simulate(grid), "random grid");
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-rotting-oranges: all checks passed\n";
    return 0;
}
