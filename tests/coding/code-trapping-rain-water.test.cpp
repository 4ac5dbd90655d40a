// Checks the C++ solution printed in content/questions/coding/code-trapping-rain-water.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <vector>

namespace {
int failures = 0;

// Brute force: scan both sides of every bar.
int reference(const std::vector<int>& height) {
    int water = 0;
    for (std::size_t i = 0; i < height.size(); ++i) {
        const int leftMax = *std::max_element(height.begin(), height.begin() + static_cast<long>(i) + 1);
        const int rightMax = *std::max_element(height.begin() + static_cast<long>(i), height.end());
        water += std::min(leftMax, rightMax) - height[i];
    }
    return water;
}

void check(const std::vector<int>& height, int expected, const char* name) {
    const int actual = trap(height);
    if (actual != expected) {
        std::cerr << name << ": got " << actual << ", expected " << expected << '\n';
        ++failures;
    }
}
}  // namespace

int main() {
    check({0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1}, 6, "first worked example");
    check({4, 2, 0, 3, 2, 5}, 9, "second worked example");
    check({}, 0, "empty");
    check({3, 0, 3}, 3, "equal walls");
    std::vector<int> walls(20000, 0);
    walls.front() = walls.back() = 100000;
    check(walls, 1999800000, "largest total");

    unsigned state = 4;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 2000; ++round) {
        std::vector<int> height(static_cast<std::size_t>(next(10)));
        for (int& h : height) h = next(7);
        if (trap(height) != reference(height)) {
            std::cerr << "random round " << round << " disagrees with brute force\n";
            ++failures;
            break;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-trapping-rain-water: all checks passed\n";
    return 0;
}
