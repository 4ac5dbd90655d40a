// Checks the C++ solution printed in content/questions/coding/code-valid-parentheses.md.
#include SOLUTION_HEADER

#include <iostream>
#include <string>

namespace {
int failures = 0;

// Brute force: delete innermost pairs until nothing changes.
bool reference(std::string s) {
    for (bool changed = true; changed;) {
        changed = false;
        for (const char* pair : {"()", "[]", "{}"}) {
            const auto at = s.find(pair);
            if (at != std::string::npos) {
                s.erase(at, 2);
                changed = true;
            }
        }
    }
    return s.empty();
}

void check(const std::string& s, bool expected) {
    if (isValid(s) != expected) {
        std::cerr << '"' << s << "\": expected " << expected << '\n';
        ++failures;
    }
}
}  // namespace

int main() {
    check("()[]{}", true);
    check("([)]", false);
    check("", true);
    check("((", false);
    check(")(", false);
    check(std::string(5000, '(') + std::string(5000, ')'), true);

    const std::string alphabet = "()[]{}";
    unsigned state = 12;
    for (int round = 0; round < 3000; ++round) {
        state = state * 1103515245u + 12345u;
        std::string s;
        const unsigned length = (state >> 8) % 9;
        for (unsigned i = 0; i < length; ++i) {
            state = state * 1103515245u + 12345u;
            s += alphabet[(state >> 8) % alphabet.size()];
        }
        if (isValid(s) != reference(s)) {
            std::cerr << "random round " << round << " disagrees with brute force on \"" << s << "\"\n";
            ++failures;
            break;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-valid-parentheses: all checks passed\n";
    return 0;
}
