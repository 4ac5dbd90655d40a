// Checks the C++ solution printed in content/questions/coding/code-valid-palindrome.md.
#include SOLUTION_HEADER

#include <cctype>
#include <iostream>
#include <string>

namespace {
int failures = 0;

bool reference(const std::string& s) {
    std::string kept;
    for (unsigned char c : s)
        if (std::isalnum(c)) kept += static_cast<char>(std::tolower(c));
    return kept == std::string(kept.rbegin(), kept.rend());
}

void check(const std::string& s, bool expected) {
    if (isPalindrome(s) != expected) {
        std::cerr << '"' << s << "\": expected " << expected << '\n';
        ++failures;
    }
}
}  // namespace

int main() {
    check("A man, a plan, a canal: Panama", true);
    check("race a car", false);
    check("", true);
    check(".,", true);
    check("0P", false);
    check("No 'x' in Nixon", true);
    check("caf\xc3\xa9 \xc3\xa9\x66\x61\x63", true);  // bytes above 127 are skipped, not UB

    const std::string alphabet = "aAbB1 ,.";
    unsigned state = 8;
    for (int round = 0; round < 2000; ++round) {
        state = state * 1103515245u + 12345u;
        std::string s;
        const unsigned length = (state >> 8) % 9;
        for (unsigned i = 0; i < length; ++i) {
            state = state * 1103515245u + 12345u;
            s += alphabet[(state >> 8) % alphabet.size()];
        }
        if (isPalindrome(s) != reference(s)) {
            std::cerr << "random round " << round << " disagrees with brute force on \"" << s << "\"\n";
            ++failures;
            break;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-valid-palindrome: all checks passed\n";
    return 0;
}
