// Checks the C++ solution printed in content/questions/coding/code-letter-combinations.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

namespace {
int failures = 0;

// Reference: extend every prefix by every letter of the next digit.
std::vector<std::string> reference(const std::string& digits) {
    static const std::string keypad[] = {"", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"};
    if (digits.empty()) {
        return {};
    }
    std::vector<std::string> all{""};
    for (const char d : digits) {
        std::vector<std::string> longer;
        for (const std::string& prefix : all) {
            for (const char letter : keypad[d - '0']) {
                longer.push_back(prefix + letter);
            }
        }
        all = longer;
    }
    std::sort(all.begin(), all.end());
    return all;
}

void check(const std::string& digits) {
    std::vector<std::string> actual = letterCombinations(digits);
    std::sort(actual.begin(), actual.end());
    if (actual != reference(digits) || std::adjacent_find(actual.begin(), actual.end()) != actual.end()) {
        std::cerr << "digits \"" << digits << "\": wrong combinations (" << actual.size() << ")\n";
        ++failures;
    }
}
}  // namespace

int main() {
    if (!letterCombinations("").empty()) {
        std::cerr << "empty input: expected no combinations\n";
        ++failures;
    }
    // Every digit string of length 1..4.
    const std::string digits = "23456789";
    std::vector<std::string> inputs{""};
    for (int length = 1; length <= 4; ++length) {
        std::vector<std::string> longer;
        for (const std::string& prefix : inputs) {
            for (const char d : digits) {
                longer.push_back(prefix + d);
            }
        }
        inputs = longer;
        for (const std::string& input : inputs) {
            check(input);
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-letter-combinations: all checks passed\n";
    return 0;
}
