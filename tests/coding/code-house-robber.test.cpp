// Checks the C++ solution printed in content/questions/coding/code-house-robber.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <vector>

namespace {
// Every subset as a bit mask, keeping those with no two adjacent bits.
int reference(const std::vector<int>& nums) {
    int best = 0;
    const unsigned n = static_cast<unsigned>(nums.size());
    for (unsigned mask = 0; mask < (1u << n); ++mask) {
        if ((mask & (mask >> 1)) != 0) continue;
        int sum = 0;
        for (unsigned i = 0; i < n; ++i)
            if ((mask >> i) & 1u) sum += nums[i];
        best = std::max(best, sum);
    }
    return best;
}
}  // namespace

int main() {
    int failures = 0;
    const std::vector<std::vector<int>> fixed = {{1, 2, 3, 1}, {2, 7, 9, 3, 1}, {2, 1, 1, 2}, {3, 4, 3}, {}, {5}};
    for (const auto& nums : fixed) {
        if (rob(nums) != reference(nums)) ++failures;
    }
    unsigned state = 11;
    for (int round = 0; round < 400; ++round) {
        state = state * 1103515245u + 12345u;
        std::vector<int> nums((state >> 8) % 13);
        for (int& v : nums) {
            state = state * 1103515245u + 12345u;
            v = static_cast<int>((state >> 8) % 31);
        }
        if (rob(nums) != reference(nums)) {
            std::cerr << "random round " << round << " disagrees with brute force\n";
            ++failures;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-house-robber: all checks passed\n";
    return 0;
}
