// Checks the C++ template printed in content/questions/coding/pattern-sliding-window.md.
#include SOLUTION_HEADER

#include <iostream>
#include <string>
#include <vector>

int main() {
    const std::string text = "eceba";
    const std::vector<char> chars(text.begin(), text.end());
    const auto atMostTwo = [](const auto& counts, std::size_t) { return counts.size() > 2; };
    const auto noRepeats = [](const auto& counts, std::size_t length) { return counts.size() < length; };
    const std::string repeated = "abcabcbb";
    if (longestWindow(chars, atMostTwo) != 3 ||
        longestWindow(std::vector<char>(repeated.begin(), repeated.end()), noRepeats) != 3 ||
        longestWindow(std::vector<int>{}, noRepeats) != 0) {
        std::cerr << "pattern-sliding-window: longestWindow is wrong\n";
        return 1;
    }
    std::cout << "pattern-sliding-window: all checks passed\n";
    return 0;
}
