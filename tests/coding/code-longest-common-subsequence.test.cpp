// Checks the C++ solution printed in content/questions/coding/code-longest-common-subsequence.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <string>

namespace {
// Plain recursion on the last characters (exponential, so only short strings).
int reference(const std::string& a, std::size_t i, const std::string& b, std::size_t j) {
    if (i == 0 || j == 0) return 0;
    if (a[i - 1] == b[j - 1]) return reference(a, i - 1, b, j - 1) + 1;
    return std::max(reference(a, i - 1, b, j), reference(a, i, b, j - 1));
}
}  // namespace

int main() {
    int failures = 0;
    if (longestCommonSubsequence("abcde", "ace") != 3) ++failures;
    if (longestCommonSubsequence("", "") != 0) ++failures;
    unsigned state = 21;
    auto randomString = [&state]() {
        state = state * 1103515245u + 12345u;
        std::string s;
        for (unsigned len = (state >> 8) % 9; len > 0; --len) {
            state = state * 1103515245u + 12345u;
            s += static_cast<char>('a' + (state >> 8) % 3);
        }
        return s;
    };
    for (int round = 0; round < 300; ++round) {
        const std::string a = randomString();
        const std::string b = randomString();
        if (longestCommonSubsequence(a, b) != reference(a, a.size(), b, b.size())) {
            std::cerr << "disagrees on " << a << " / " << b << '\n';
            ++failures;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-longest-common-subsequence: all checks passed\n";
    return 0;
}
