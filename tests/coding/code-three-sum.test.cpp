// Checks the C++ solution printed in content/questions/coding/code-three-sum.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <set>
#include <vector>

namespace {
using Triplets = std::vector<std::vector<int>>;
int failures = 0;

Triplets norm(Triplets triplets) {
    for (auto& t : triplets) std::sort(t.begin(), t.end());
    std::sort(triplets.begin(), triplets.end());
    return triplets;
}

// Brute force over positions, with a set to drop repeated value triplets.
Triplets reference(const std::vector<int>& nums) {
    std::set<std::vector<int>> found;
    const std::size_t n = nums.size();
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            for (std::size_t k = j + 1; k < n; ++k)
                if (nums[i] + nums[j] + nums[k] == 0) {
                    std::vector<int> t{nums[i], nums[j], nums[k]};
                    std::sort(t.begin(), t.end());
                    found.insert(t);
                }
    return Triplets(found.begin(), found.end());
}

void check(const std::vector<int>& nums, const Triplets& expected, const char* name) {
    if (norm(threeSum(nums)) != norm(expected)) {
        std::cerr << name << ": wrong triplets\n";
        ++failures;
    }
}
}  // namespace

int main() {
    check({-1, 0, 1, 2, -1, -4}, {{-1, -1, 2}, {-1, 0, 1}}, "worked example");
    check({0, 1, 1}, {}, "none");
    check({0, 0, 0, 0}, {{0, 0, 0}}, "zeros");
    check({-2, -2, 1, 1, 1, 1}, {{-2, 1, 1}}, "duplicates on both sides");
    check({}, {}, "empty");

    unsigned state = 21;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 600; ++round) {
        std::vector<int> nums(static_cast<std::size_t>(next(12)));
        for (int& x : nums) x = next(13) - 6;
        const Triplets actual = threeSum(nums);
        if (norm(actual) != reference(nums) || actual.size() != reference(nums).size()) {
            std::cerr << "random round " << round << " disagrees with brute force\n";
            ++failures;
            break;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-three-sum: all checks passed\n";
    return 0;
}
