// Checks the C++ solution printed in content/questions/coding/code-edit-distance.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <string>

namespace {
// Plain recursion on the last characters (exponential, so only short strings).
int reference(const std::string& a, std::size_t i, const std::string& b, std::size_t j) {
    if (i == 0 || j == 0) return static_cast<int>(i + j);
    if (a[i - 1] == b[j - 1]) return reference(a, i - 1, b, j - 1);
    return 1 + std::min({reference(a, i - 1, b, j - 1), reference(a, i - 1, b, j), reference(a, i, b, j - 1)});
}
}  // namespace

int main() {
    int failures = 0;
    if (minDistance("kitten", "sitting") != 3) ++failures;
    if (minDistance("", "") != 0) ++failures;
    unsigned state = 4;
    auto randomString = [&state]() {
        state = state * 1103515245u + 12345u;
        std::string s;
        for (unsigned len = (state >> 8) % 7; len > 0; --len) {
            state = state * 1103515245u + 12345u;
            s += static_cast<char>('a' + (state >> 8) % 3);
        }
        return s;
    };
    for (int round = 0; round < 300; ++round) {
        const std::string a = randomString();
        const std::string b = randomString();
        if (minDistance(a, b) != reference(a, a.size(), b, b.size())) {
            std::cerr << "disagrees on " << a << " / " << b << '\n';
            ++failures;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-edit-distance: all checks passed\n";
    return 0;
}
