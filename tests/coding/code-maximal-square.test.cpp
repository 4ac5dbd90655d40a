// Checks the C++ solution printed in content/questions/coding/code-maximal-square.md.
#include SOLUTION_HEADER

#include <iostream>
#include <string>
#include <vector>

namespace {
// Every top-left corner and every side, checked cell by cell.
int reference(const std::vector<std::string>& grid) {
    const std::size_t rows = grid.size();
    const std::size_t cols = rows ? grid[0].size() : 0;
    std::size_t best = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        for (std::size_t c = 0; c < cols; ++c) {
            for (std::size_t k = 1; r + k <= rows && c + k <= cols; ++k) {
                bool full = true;
                for (std::size_t i = r; i < r + k; ++i)
                    for (std::size_t j = c; j < c + k; ++j) full = full && grid[i][j] == '1';
                if (!full) break;
                if (k > best) best = k;
            }
        }
    }
    return static_cast<int>(best * best);
}
}  // namespace

int main() {
    int failures = 0;
    if (maximalSquare({"10100", "10111", "11111", "10010"}) != 4) ++failures;
    if (maximalSquare({}) != 0) ++failures;
    if (maximalSquare({"", ""}) != 0) ++failures;
    unsigned state = 9;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return (state >> 8) % bound;
    };
    for (int round = 0; round < 400; ++round) {
        std::vector<std::string> grid(1 + next(7));
        const unsigned cols = 1 + next(7);
        for (std::string& row : grid)
            for (unsigned c = 0; c < cols; ++c) row += next(4) == 0 ? '0' : '1';
        if (maximalSquare(grid) != reference(grid)) {
            std::cerr << "random round " << round << " disagrees with brute force\n";
            ++failures;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-maximal-square: all checks passed\n";
    return 0;
}
