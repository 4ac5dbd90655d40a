// Checks the C++ solution printed in content/questions/coding/code-jump-game.md.
#include SOLUTION_HEADER

#include <iostream>
#include <vector>

namespace {
// Marks every reachable index, jump by jump.
bool reference(const std::vector<int>& nums) {
    std::vector<bool> reach(nums.size(), false);
    reach[0] = true;
    for (std::size_t i = 0; i < nums.size(); ++i) {
        if (!reach[i]) continue;
        for (std::size_t j = i + 1; j < nums.size() && j <= i + static_cast<std::size_t>(nums[i]); ++j)
            reach[j] = true;
    }
    return reach.back();
}
}  // namespace

int main() {
    int failures = 0;
    if (!canJump({2, 3, 1, 1, 4})) ++failures;
    if (canJump({3, 2, 1, 0, 4})) ++failures;
    if (!canJump({0})) ++failures;
    if (!canJump({100000, 0})) ++failures;
    unsigned state = 17;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    const int choices[] = {0, 0, 1, 2, 3};
    for (int round = 0; round < 1000; ++round) {
        std::vector<int> nums(static_cast<std::size_t>(1 + next(15)));
        for (int& v : nums) v = choices[next(5)];
        if (canJump(nums) != reference(nums)) {
            std::cerr << "random round " << round << " disagrees with brute force\n";
            ++failures;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-jump-game: all checks passed\n";
    return 0;
}
