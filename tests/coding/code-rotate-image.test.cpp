// Checks the C++ solution printed in content/questions/coding/code-rotate-image.md.
#include SOLUTION_HEADER

#include <iostream>
#include <vector>

namespace {
int failures = 0;
using Matrix = std::vector<std::vector<int>>;

// Reference: the cell at (r, c) goes to (c, n - 1 - r).
Matrix rotatedCopy(const Matrix& m) {
    const std::size_t n = m.size();
    Matrix out(n, std::vector<int>(n));
    for (std::size_t r = 0; r < n; ++r) {
        for (std::size_t c = 0; c < n; ++c) {
            out[c][n - 1 - r] = m[r][c];
        }
    }
    return out;
}

void check(Matrix m, const char* name) {
    const Matrix expected = rotatedCopy(m);
    const Matrix original = m;
    rotateImage(m);
    if (m != expected) {
        std::cerr << name << ": wrong rotation\n";
        ++failures;
    }
    for (int i = 0; i < 3; ++i) {
        rotateImage(m);
    }
    if (m != original) {
        std::cerr << name << ": four rotations did not give the original back\n";
        ++failures;
    }
}
}  // namespace

int main() {
    check({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}, "3x3");
    check({{5, 1, 9, 11}, {2, 4, 8, 10}, {13, 3, 6, 7}, {15, 14, 12, 16}}, "4x4");
    check({{1}}, "1x1");
    check({}, "empty");
    unsigned state = 19;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 200 && failures == 0; ++round) {
        const std::size_t n = static_cast<std::size_t>(next(21));
        Matrix m(n, std::vector<int>(n));
        for (auto& row : m) {
            for (auto& cell : row) {
                cell = next(2001) - 1000;
            }
        }
        check(m, "random matrix");
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-rotate-image: all checks passed\n";
    return 0;
}
