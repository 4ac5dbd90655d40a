// Checks the C++ solution printed in content/questions/coding/code-minimum-window-substring.md.
#include SOLUTION_HEADER

#include <array>
#include <iostream>
#include <string>

namespace {
int failures = 0;

// Brute force: the first window, by length then start, that covers t.
std::string reference(const std::string& s, const std::string& t) {
    std::array<int, 128> need{};
    for (char c : t) ++need[static_cast<unsigned char>(c)];
    for (std::size_t length = 1; length <= s.size(); ++length) {
        for (std::size_t start = 0; start + length <= s.size(); ++start) {
            std::array<int, 128> have{};
            for (std::size_t i = start; i < start + length; ++i) ++have[static_cast<unsigned char>(s[i])];
            bool covers = true;
            for (std::size_t c = 0; c < 128; ++c) covers = covers && have[c] >= need[c];
            if (covers) return s.substr(start, length);
        }
    }
    return "";
}

void check(const std::string& s, const std::string& t, const std::string& expected) {
    const std::string actual = minWindow(s, t);
    if (actual != expected) {
        std::cerr << "s=\"" << s << "\" t=\"" << t << "\": got \"" << actual << "\", expected \"" << expected
                  << "\"\n";
        ++failures;
    }
}
}  // namespace

int main() {
    check("ADOBECODEBANC", "ABC", "BANC");
    check("a", "aa", "");
    check("abcabc", "cba", "abc");
    check("", "a", "");
    check("aA", "A", "A");

    unsigned state = 9;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 600; ++round) {
        std::string s;
        std::string t;
        const int n = next(10);
        for (int i = 0; i < n; ++i) s += static_cast<char>('a' + next(3));
        const int m = 1 + next(3);
        for (int i = 0; i < m; ++i) t += static_cast<char>('a' + next(3));
        if (minWindow(s, t) != reference(s, t)) {
            std::cerr << "random round " << round << " disagrees with brute force\n";
            ++failures;
            break;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-minimum-window-substring: all checks passed\n";
    return 0;
}
