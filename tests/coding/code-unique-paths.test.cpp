// Checks the C++ solution printed in content/questions/coding/code-unique-paths.md.
#include SOLUTION_HEADER

#include <iostream>

namespace {
// C(m + n - 2, m - 1) as an exact running product in 64 bits (valid while the answer is small).
long long binomialRoutes(int m, int n) {
    long long result = 1;
    const int downs = m - 1;
    const int rights = n - 1;
    for (int i = 1; i <= downs; ++i) result = result * (rights + i) / i;
    return result;
}
}  // namespace

int main() {
    int failures = 0;
    for (int m = 1; m <= 30; ++m) {
        for (int n = 1; n <= 30; ++n) {
            const long long expected = binomialRoutes(m, n);
            if (expected <= 2000000000LL && uniquePaths(m, n) != expected) {
                std::cerr << m << " x " << n << ": got " << uniquePaths(m, n) << '\n';
                ++failures;
            }
        }
    }
    if (uniquePaths(51, 9) != 1916797311 || uniquePaths(9, 51) != 1916797311) ++failures;
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-unique-paths: all checks passed\n";
    return 0;
}
