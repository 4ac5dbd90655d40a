// Checks the C++ solution printed in content/questions/coding/code-reorganize-string.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <array>
#include <iostream>
#include <string>

namespace {
int failures = 0;

void check(const std::string& s) {
    const std::string result = reorganizeString(s);
    std::array<int, 26> counts{};
    for (char ch : s) ++counts[ch - 'a'];
    const bool feasible =
        *std::max_element(counts.begin(), counts.end()) <= (static_cast<int>(s.size()) + 1) / 2;
    bool ok = feasible ? result.size() == s.size() : result.empty();
    if (ok && feasible) {
        std::string a = s;
        std::string b = result;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        ok = a == b;
        for (std::size_t i = 1; i < result.size() && ok; ++i) ok = result[i] != result[i - 1];
    }
    if (!ok) {
        std::cerr << '"' << s << "\": got \"" << result << "\"\n";
        ++failures;
    }
}

unsigned state = 2584;
int nextInt(int low, int high) {
    state = state * 1103515245u + 12345u;
    return low + static_cast<int>((state >> 8) % static_cast<unsigned>(high - low + 1));
}
}  // namespace

int main() {
    for (const char* s : {"aab", "aaab", "a", "aa", "ab", "zzzzzaaaa", "aaabc", "vvvlo"}) check(s);
    for (int round = 0; round < 500; ++round) {
        const int letters = nextInt(1, 5);
        std::string s;
        for (int i = nextInt(1, 500); i > 0; --i) s += static_cast<char>('a' + nextInt(0, letters - 1));
        check(s);
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-reorganize-string: all checks passed\n";
    return 0;
}
