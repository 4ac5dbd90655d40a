// Checks the C++ solution printed in content/questions/coding/code-largest-rectangle-histogram.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <vector>

namespace {
int failures = 0;

int reference(const std::vector<int>& heights) {
    int best = 0;
    for (std::size_t i = 0; i < heights.size(); ++i) {
        int lowest = heights[i];
        for (std::size_t j = i; j < heights.size(); ++j) {
            lowest = std::min(lowest, heights[j]);
            best = std::max(best, lowest * static_cast<int>(j - i + 1));
        }
    }
    return best;
}

void check(const std::vector<int>& heights, int expected, const char* name) {
    const int actual = largestRectangleArea(heights);
    if (actual != expected) {
        std::cerr << name << ": got " << actual << ", expected " << expected << '\n';
        ++failures;
    }
}
}  // namespace

int main() {
    check({2, 1, 5, 6, 2, 3}, 10, "worked example");
    check({2, 4}, 4, "two bars");
    check({1, 2, 3}, 4, "rising: needs the final flush");
    check({}, 0, "empty");
    check(std::vector<int>(100000, 10000), 1000000000, "largest area");

    unsigned state = 16;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 1000; ++round) {
        std::vector<int> heights(static_cast<std::size_t>(next(10)));
        for (int& h : heights) h = next(7);
        if (largestRectangleArea(heights) != reference(heights)) {
            std::cerr << "random round " << round << " disagrees with brute force\n";
            ++failures;
            break;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-largest-rectangle-histogram: all checks passed\n";
    return 0;
}
