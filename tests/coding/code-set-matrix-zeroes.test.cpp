// Checks the C++ solution printed in content/questions/coding/code-set-matrix-zeroes.md.
#include SOLUTION_HEADER

#include <climits>
#include <iostream>
#include <vector>

namespace {
int failures = 0;
using Matrix = std::vector<std::vector<int>>;

Matrix reference(const Matrix& m) {
    std::vector<bool> zeroRow(m.size(), false);
    std::vector<bool> zeroCol(m.empty() ? 0 : m[0].size(), false);
    for (std::size_t r = 0; r < m.size(); ++r) {
        for (std::size_t c = 0; c < m[r].size(); ++c) {
            if (m[r][c] == 0) {
                zeroRow[r] = true;
                zeroCol[c] = true;
            }
        }
    }
    Matrix out = m;
    for (std::size_t r = 0; r < m.size(); ++r) {
        for (std::size_t c = 0; c < m[r].size(); ++c) {
            if (zeroRow[r] || zeroCol[c]) {
                out[r][c] = 0;
            }
        }
    }
    return out;
}

void check(Matrix m, const char* name) {
    const Matrix expected = reference(m);
    setZeroes(m);
    if (m != expected) {
        std::cerr << name << ": wrong result\n";
        ++failures;
    }
}
}  // namespace

int main() {
    check({{1, 1, 1}, {1, 0, 1}, {1, 1, 1}}, "centre zero");
    check({{0, 1, 2, 0}, {3, 4, 5, 2}, {1, 3, 1, 5}}, "zeros in the first row");
    check({{1, 2}, {3, 4}}, "no zero");
    check({{0}}, "single zero");
    check({{1, 0}}, "single row");
    check({{1}, {0}, {1}}, "single column");
    check({{1, 2, 3}, {0, 5, 6}, {7, 8, 9}}, "zero in the first column");
    check({{INT_MAX, INT_MIN}, {0, 5}}, "extreme values");
    unsigned state = 37;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    const int densities[] = {0, 5, 20, 60};
    for (int round = 0; round < 500 && failures == 0; ++round) {
        const int density = densities[next(4)];
        Matrix m(static_cast<std::size_t>(1 + next(8)), std::vector<int>(static_cast<std::size_t>(1 + next(8))));
        for (auto& row : m) {
            for (auto& cell : row) {
                cell = next(100) < density ? 0 : 1 + next(9);
            }
        }
        check(m, "random matrix");
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-set-matrix-zeroes: all checks passed\n";
    return 0;
}
