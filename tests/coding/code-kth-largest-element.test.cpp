// Checks the C++ solution printed in content/questions/coding/code-kth-largest-element.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <functional>
#include <iostream>
#include <vector>

namespace {
int failures = 0;

void check(const std::vector<int>& nums, std::size_t k) {
    std::vector<int> sorted = nums;
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    if (findKthLargest(nums, k) != sorted[k - 1]) {
        std::cerr << "wrong value for k = " << k << " of " << nums.size() << '\n';
        ++failures;
    }
}

unsigned state = 1597;
int nextInt(int low, int high) {
    state = state * 1103515245u + 12345u;
    return low + static_cast<int>((state >> 8) % static_cast<unsigned>(high - low + 1));
}
}  // namespace

int main() {
    check({3, 2, 1, 5, 6, 4}, 2);
    check({3, 2, 3, 1, 2, 4, 5, 5, 6}, 4);
    check({-1, -1}, 2);
    for (int round = 0; round < 500; ++round) {
        std::vector<int> nums(static_cast<std::size_t>(nextInt(1, 40)));
        for (int& v : nums) v = nextInt(-10, 10);
        check(nums, static_cast<std::size_t>(nextInt(1, static_cast<int>(nums.size()))));
    }
    std::vector<int> big(100000);
    for (int& v : big) v = nextInt(-10000, 10000);
    check(big, 50000);
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-kth-largest-element: all checks passed\n";
    return 0;
}
