// Checks the C++ solution printed in content/questions/coding/code-longest-consecutive-sequence.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <climits>
#include <iostream>
#include <vector>

namespace {
int failures = 0;

// Brute force: sort, skip duplicates, count runs.
int reference(std::vector<int> nums) {
    std::sort(nums.begin(), nums.end());
    nums.erase(std::unique(nums.begin(), nums.end()), nums.end());
    int best = 0;
    int run = 0;
    for (std::size_t i = 0; i < nums.size(); ++i) {
        run = (i > 0 && static_cast<long long>(nums[i - 1]) + 1 == nums[i]) ? run + 1 : 1;
        best = std::max(best, run);
    }
    return best;
}

void check(const std::vector<int>& nums, int expected, const char* name) {
    const int actual = longestConsecutive(nums);
    if (actual != expected) {
        std::cerr << name << ": got " << actual << ", expected " << expected << '\n';
        ++failures;
    }
}
}  // namespace

int main() {
    check({100, 4, 200, 1, 3, 2}, 4, "worked example");
    check({0, 3, 7, 2, 5, 8, 4, 6, 0, 1}, 9, "duplicate zero");
    check({}, 0, "empty");
    check({INT_MIN, INT_MAX}, 1, "extremes do not wrap");
    check({INT_MAX - 1, INT_MAX, INT_MIN, INT_MIN + 1}, 2, "runs at both ends");

    unsigned state = 3;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 500; ++round) {
        std::vector<int> nums(static_cast<std::size_t>(next(20)));
        for (int& x : nums) x = next(31) - 15;
        if (longestConsecutive(nums) != reference(nums)) {
            std::cerr << "random round " << round << " disagrees with brute force\n";
            ++failures;
            break;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-longest-consecutive-sequence: all checks passed\n";
    return 0;
}
