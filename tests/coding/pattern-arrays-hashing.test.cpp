// Checks the C++ template printed in content/questions/coding/pattern-arrays-hashing.md.
#include SOLUTION_HEADER

#include <iostream>
#include <vector>

int main() {
    const auto value = [](int x) { return x; };
    const auto match = firstMatch(std::vector<int>{8, 3, 11, 5}, value, [](int x) { return 16 - x; });
    const auto none = firstMatch(std::vector<int>{4, 1, 2}, value, [](int x) { return 8 - x; });
    if (!match || match->first != 2 || match->second != 3 || none) {
        std::cerr << "pattern-arrays-hashing: firstMatch is wrong\n";
        return 1;
    }
    std::cout << "pattern-arrays-hashing: all checks passed\n";
    return 0;
}
