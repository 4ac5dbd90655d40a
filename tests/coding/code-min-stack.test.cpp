// Checks the C++ solution printed in content/questions/coding/code-min-stack.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <climits>
#include <iostream>
#include <vector>

int main() {
    int failures = 0;
    MinStack s;
    s.push(-2);
    s.push(0);
    s.push(-3);
    if (s.getMin() != -3) ++failures;
    s.pop();
    if (s.top() != 0 || s.getMin() != -2) ++failures;

    MinStack limits;
    limits.push(INT_MAX);
    limits.push(INT_MIN);
    if (limits.getMin() != INT_MIN) ++failures;
    limits.pop();
    if (limits.getMin() != INT_MAX) ++failures;

    // Random operations against a vector scanned with min_element.
    unsigned state = 14;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 200 && failures == 0; ++round) {
        MinStack stack;
        std::vector<int> shadow;
        for (int step = 0; step < 60; ++step) {
            if (!shadow.empty() && next(10) < 4) {
                stack.pop();
                shadow.pop_back();
            } else {
                const int value = next(11) - 5;
                stack.push(value);
                shadow.push_back(value);
            }
            if (!shadow.empty() &&
                (stack.top() != shadow.back() || stack.getMin() != *std::min_element(shadow.begin(), shadow.end()))) {
                std::cerr << "random round " << round << " disagrees with a scanned vector\n";
                ++failures;
                break;
            }
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-min-stack: all checks passed\n";
    return 0;
}
