// Checks the C++ solution printed in content/questions/coding/code-spiral-matrix.md.
#include SOLUTION_HEADER

#include <iostream>
#include <vector>

namespace {
int failures = 0;
using Matrix = std::vector<std::vector<int>>;

// Reference: walk with a direction, turning clockwise at the edge or at a visited cell.
std::vector<int> walk(const Matrix& m) {
    std::vector<int> out;
    if (m.empty() || m[0].empty()) {
        return out;
    }
    const int rows = static_cast<int>(m.size());
    const int cols = static_cast<int>(m[0].size());
    std::vector<std::vector<bool>> seen(static_cast<std::size_t>(rows), std::vector<bool>(static_cast<std::size_t>(cols), false));
    int r = 0;
    int c = 0;
    int dr = 0;
    int dc = 1;
    for (int step = 0; step < rows * cols; ++step) {
        out.push_back(m[r][c]);
        seen[r][c] = true;
        const int nr = r + dr;
        const int nc = c + dc;
        if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || seen[nr][nc]) {
            const int turn = dr;
            dr = dc;
            dc = -turn;
        }
        r += dr;
        c += dc;
    }
    return out;
}

void check(const Matrix& m, const char* name) {
    if (spiralOrder(m) != walk(m)) {
        std::cerr << name << ": wrong spiral order\n";
        ++failures;
    }
}
}  // namespace

int main() {
    if (spiralOrder({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}) != std::vector<int>{1, 2, 3, 6, 9, 8, 7, 4, 5}) {
        std::cerr << "3x3 example: wrong order\n";
        ++failures;
    }
    check({{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}, "3x4");
    check({{1}, {2}, {3}}, "one column");
    check({{1, 2, 3}}, "one row");
    check({}, "empty");
    check({{}}, "empty row");
    unsigned state = 27;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 400 && failures == 0; ++round) {
        Matrix m(static_cast<std::size_t>(1 + next(10)), std::vector<int>(static_cast<std::size_t>(1 + next(10))));
        for (auto& row : m) {
            for (auto& cell : row) {
                cell = next(201) - 100;
            }
        }
        check(m, "random matrix");
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-spiral-matrix: all checks passed\n";
    return 0;
}
