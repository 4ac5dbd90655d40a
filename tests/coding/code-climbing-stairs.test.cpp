// Checks the C++ solution printed in content/questions/coding/code-climbing-stairs.md.
#include SOLUTION_HEADER

#include <iostream>

namespace {
// Counts sequences by plain recursion on the last move (slow, so only small n).
long long reference(int n) { return n <= 1 ? 1 : reference(n - 1) + reference(n - 2); }
}  // namespace

int main() {
    int failures = 0;
    for (int n = 1; n <= 30; ++n) {
        if (climbStairs(n) != reference(n)) {
            std::cerr << "n = " << n << ": got " << climbStairs(n) << '\n';
            ++failures;
        }
    }
    if (climbStairs(45) != 1836311903) {
        std::cerr << "n = 45: got " << climbStairs(45) << '\n';
        ++failures;
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-climbing-stairs: all checks passed\n";
    return 0;
}
