// Checks the C++ solution printed in content/questions/coding/code-maximum-subarray.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <climits>
#include <iostream>
#include <vector>

namespace {
// Every (i, j) pair with a running sum.
int reference(const std::vector<int>& nums) {
    int best = INT_MIN;
    for (std::size_t i = 0; i < nums.size(); ++i) {
        int sum = 0;
        for (std::size_t j = i; j < nums.size(); ++j) {
            sum += nums[j];
            best = std::max(best, sum);
        }
    }
    return best;
}
}  // namespace

int main() {
    int failures = 0;
    if (maxSubArray({-2, 1, -3, 4, -1, 2, 1, -5, 4}) != 6) ++failures;
    if (maxSubArray({-3, -1, -2}) != -1) ++failures;
    unsigned state = 13;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 500; ++round) {
        std::vector<int> nums(static_cast<std::size_t>(1 + next(20)));
        for (int& v : nums) v = next(21) - 10;
        if (maxSubArray(nums) != reference(nums)) {
            std::cerr << "random round " << round << " disagrees with brute force\n";
            ++failures;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-maximum-subarray: all checks passed\n";
    return 0;
}
