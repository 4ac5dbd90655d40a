// Checks the C++ solution printed in content/questions/coding/code-number-of-islands.md.
#include SOLUTION_HEADER

#include <iostream>
#include <vector>

namespace {
int failures = 0;

void check(const std::vector<std::vector<int>>& grid, int expected, const char* name) {
    const std::vector<std::vector<int>> before = grid;
    const int actual = countIslands(grid);
    if (actual != expected) {
        std::cerr << name << ": expected " << expected << " islands, got " << actual << '\n';
        ++failures;
    }
    if (grid != before) {
        std::cerr << name << ": the caller's grid was modified\n";
        ++failures;
    }
}
}  // namespace

int main() {
    check({{1, 1, 0, 0, 0}, {1, 1, 0, 0, 0}, {0, 0, 1, 0, 0}, {0, 0, 0, 1, 1}}, 3, "worked example");
    check({{1, 0, 1}, {0, 1, 0}, {1, 0, 1}}, 5, "diagonals do not connect");
    check({}, 0, "empty grid");
    check({{}, {}}, 0, "empty rows");
    check({{0, 0}, {0, 0}}, 0, "all water");
    check({{1, 1}, {1, 1}}, 1, "all land");
    check({{1, 0, 1, 1, 0, 1}}, 3, "single row");
    check({{1}, {1}, {0}, {1}}, 2, "single column");
    check({{1, 1, 1}, {1, 0, 1}, {1, 1, 1}}, 1, "ring with a lake");
    check({{1, 1, 1, 1, 0}, {1, 1, 0, 1, 0}, {1, 1, 0, 0, 0}, {0, 0, 0, 0, 0}}, 1, "one big island");
    check({{0, 1, 0}, {1, 1, 1}, {0, 1, 0}, {0, 0, 0}, {1, 0, 1}}, 3, "plus sign and two dots");

    {  // large solid land: must not overflow the stack
        std::vector<std::vector<int>> big(1000, std::vector<int>(1000, 1));
        check(big, 1, "1000x1000 land");
    }
    {  // checkerboard: every land cell is its own island
        std::vector<std::vector<int>> board(40, std::vector<int>(40, 0));
        for (int r = 0; r < 40; ++r) {
            for (int c = 0; c < 40; ++c) {
                board[r][c] = (r + c) % 2 == 0 ? 1 : 0;
            }
        }
        check(board, 800, "checkerboard");
    }

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-number-of-islands: all checks passed\n";
    return 0;
}
