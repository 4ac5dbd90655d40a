// Checks the C++ solution printed in content/questions/coding/code-longest-substring-no-repeat.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <set>
#include <string>

namespace {
int failures = 0;

void check(const std::string& s, int expected) {
    const int actual = lengthOfLongestSubstring(s);
    if (actual != expected) {
        std::cerr << "\"" << s << "\": expected " << expected << ", got " << actual << '\n';
        ++failures;
    }
}

int reference(const std::string& s) {
    int best = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        std::set<char> seen;
        std::size_t j = i;
        while (j < s.size() && seen.insert(s[j]).second) ++j;
        best = std::max(best, static_cast<int>(j - i));
    }
    return best;
}
}  // namespace

int main() {
    check("abcabcbb", 3);
    check("bbbbb", 1);
    check("pwwkew", 3);
    check("", 0);
    check("a", 1);
    check("abba", 2);
    check("dvdf", 3);
    check("tmmzuxt", 5);
    check("abcdefghijklmnopqrstuvwxyz", 26);
    check("a b!a", 4);
    check(std::string("\xff\xfe\xff", 3), 2);  // bytes above 127
    check(std::string(100000, 'x'), 1);

    unsigned state = 5;
    for (int round = 0; round < 2000; ++round) {
        std::string s;
        state = state * 1103515245u + 12345u;
        const int n = static_cast<int>((state >> 8) % 30);
        for (int i = 0; i < n; ++i) {
            state = state * 1103515245u + 12345u;
            s += static_cast<char>('a' + (state >> 8) % 6);
        }
        if (lengthOfLongestSubstring(s) != reference(s)) {
            std::cerr << "random \"" << s << "\" disagrees with brute force\n";
            ++failures;
            break;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-longest-substring-no-repeat: all checks passed\n";
    return 0;
}
