// Checks the C++ solution printed in content/questions/coding/code-sliding-window-maximum.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <vector>

namespace {
int failures = 0;

std::vector<int> reference(const std::vector<int>& nums, int k) {
    std::vector<int> out;
    for (std::size_t i = 0; i + static_cast<std::size_t>(k) <= nums.size(); ++i)
        out.push_back(*std::max_element(nums.begin() + static_cast<long>(i), nums.begin() + static_cast<long>(i) + k));
    return out;
}

void check(const std::vector<int>& nums, int k, const std::vector<int>& expected, const char* name) {
    if (maxSlidingWindow(nums, k) != expected) {
        std::cerr << name << ": wrong maxima\n";
        ++failures;
    }
}
}  // namespace

int main() {
    check({1, 3, -1, -3, 5, 3, 6, 7}, 3, {3, 3, 5, 5, 6, 7}, "worked example");
    check({9, 8, 7, 6}, 2, {9, 8, 7}, "falling");
    check({1}, 1, {1}, "one element");
    check({5, 5, 5}, 2, {5, 5}, "equal values");
    check({-3, -1, -2}, 3, {-1}, "negatives, k = n");

    unsigned state = 10;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 1000; ++round) {
        std::vector<int> nums(static_cast<std::size_t>(1 + next(12)));
        for (int& x : nums) x = next(11) - 5;
        const int k = 1 + next(static_cast<unsigned>(nums.size()));
        if (maxSlidingWindow(nums, k) != reference(nums, k)) {
            std::cerr << "random round " << round << " disagrees with brute force\n";
            ++failures;
            break;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-sliding-window-maximum: all checks passed\n";
    return 0;
}
