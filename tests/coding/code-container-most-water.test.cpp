// Checks the C++ solution printed in content/questions/coding/code-container-most-water.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <vector>

namespace {
int failures = 0;

int reference(const std::vector<int>& height) {
    int best = 0;
    for (std::size_t i = 0; i < height.size(); ++i)
        for (std::size_t j = i + 1; j < height.size(); ++j)
            best = std::max(best, std::min(height[i], height[j]) * static_cast<int>(j - i));
    return best;
}

void check(const std::vector<int>& height, int expected, const char* name) {
    const int actual = maxArea(height);
    if (actual != expected) {
        std::cerr << name << ": got " << actual << ", expected " << expected << '\n';
        ++failures;
    }
}
}  // namespace

int main() {
    check({1, 8, 6, 2, 5, 4, 8, 3, 7}, 49, "worked example");
    check({1, 1}, 1, "two lines");
    check({1, 3, 3}, 3, "equal tall pair");
    check({0, 0}, 0, "zero heights");
    check(std::vector<int>(100000, 10000), 999990000, "largest values");

    unsigned state = 13;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 1000; ++round) {
        std::vector<int> height(static_cast<std::size_t>(2 + next(9)));
        for (int& h : height) h = next(10);
        if (maxArea(height) != reference(height)) {
            std::cerr << "random round " << round << " disagrees with brute force\n";
            ++failures;
            break;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-container-most-water: all checks passed\n";
    return 0;
}
