// Checks the C++ template printed in content/questions/coding/pattern-stack.md.
#include SOLUTION_HEADER

#include <functional>
#include <iostream>
#include <vector>

int main() {
    const std::vector<int> temps{73, 74, 75, 71, 69, 72, 76, 73};
    const bool greaterOk = nextBeatingIndex(temps, std::greater<>()) == std::vector<int>{1, 2, 6, 5, 5, 6, -1, -1};
    const bool smallerOk = nextBeatingIndex(std::vector<int>{3, 1, 2, 0}, std::less<>()) == std::vector<int>{1, 3, 3, -1};
    const bool emptyOk = nextBeatingIndex(std::vector<int>{}, std::greater<>()).empty();
    if (!greaterOk || !smallerOk || !emptyOk) {
        std::cerr << "pattern-stack: nextBeatingIndex is wrong\n";
        return 1;
    }
    std::cout << "pattern-stack: all checks passed\n";
    return 0;
}
