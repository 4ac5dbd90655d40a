// Checks the C++ templates printed in content/questions/coding/pattern-two-pointers.md.
#include SOLUTION_HEADER

#include <iostream>
#include <vector>

int main() {
    const auto found = pairWithSum({1, 3, 4, 6, 9}, 10);
    const bool pairOk = found && found->first == 0 && found->second == 4 && !pairWithSum({1, 3}, 5) &&
                        !pairWithSum({}, 0);
    std::vector<int> values{0, 1, 0, 3, 12};
    const bool compactOk = compact(values, [](int v) { return v != 0; }) == 3 && values[0] == 1 &&
                           values[1] == 3 && values[2] == 12;
    if (!pairOk || !compactOk) {
        std::cerr << "pattern-two-pointers: a template is wrong\n";
        return 1;
    }
    std::cout << "pattern-two-pointers: all checks passed\n";
    return 0;
}
