// Checks the C++ solution printed in content/questions/coding/code-counting-bits.md.
#include SOLUTION_HEADER

#include <iostream>
#include <vector>

namespace {
int popcount(unsigned x) {
    int bits = 0;
    for (; x != 0; x &= x - 1) {
        ++bits;
    }
    return bits;
}
}  // namespace

int main() {
    int failures = 0;
    if (countBits(0) != std::vector<int>{0} || countBits(2) != std::vector<int>{0, 1, 1} ||
        countBits(5) != std::vector<int>{0, 1, 1, 2, 1, 2}) {
        std::cerr << "small examples: wrong counts\n";
        ++failures;
    }
    const std::vector<int> ans = countBits(100000);
    if (ans.size() != 100001) {
        std::cerr << "n = 100000: expected 100001 entries, got " << ans.size() << '\n';
        return 1;
    }
    long long total = 0;
    for (unsigned i = 0; i <= 100000; ++i) {
        total += ans[i];
        if (ans[i] != popcount(i)) {
            std::cerr << "n = 100000: wrong count at " << i << '\n';
            ++failures;
            break;
        }
    }
    if (total != 815030) {
        std::cerr << "n = 100000: expected 815030 bits in total, got " << total << '\n';
        ++failures;
    }
    for (int n = 0; n < 300; ++n) {
        if (countBits(n) != std::vector<int>(ans.begin(), ans.begin() + n + 1)) {
            std::cerr << "n = " << n << ": wrong counts\n";
            ++failures;
            break;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-counting-bits: all checks passed\n";
    return 0;
}
