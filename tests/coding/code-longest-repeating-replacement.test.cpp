// Checks the C++ solution printed in content/questions/coding/code-longest-repeating-replacement.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <array>
#include <iostream>
#include <string>

namespace {
int failures = 0;

int reference(const std::string& s, int k) {
    int best = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        std::array<int, 26> count{};
        int top = 0;
        for (std::size_t j = i; j < s.size(); ++j) {
            top = std::max(top, ++count[static_cast<std::size_t>(s[j] - 'A')]);
            const int length = static_cast<int>(j - i + 1);
            if (length - top <= k) best = std::max(best, length);
        }
    }
    return best;
}

void check(const std::string& s, int k, int expected) {
    const int actual = characterReplacement(s, k);
    if (actual != expected) {
        std::cerr << '"' << s << "\", k=" << k << ": got " << actual << ", expected " << expected << '\n';
        ++failures;
    }
}
}  // namespace

int main() {
    check("ABAB", 2, 4);
    check("AABABBA", 1, 4);
    check("ABCD", 0, 1);
    check("", 0, 0);
    check("ABCDE", 5, 5);

    unsigned state = 6;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 800; ++round) {
        std::string s;
        const int length = next(12);
        for (int i = 0; i < length; ++i) s += static_cast<char>('A' + next(3));
        const int k = next(static_cast<unsigned>(length) + 1);
        if (characterReplacement(s, k) != reference(s, k)) {
            std::cerr << "random round " << round << " disagrees with brute force\n";
            ++failures;
            break;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-longest-repeating-replacement: all checks passed\n";
    return 0;
}
