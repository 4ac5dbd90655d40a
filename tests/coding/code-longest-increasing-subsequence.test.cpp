// Checks the C++ solution printed in content/questions/coding/code-longest-increasing-subsequence.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <vector>

namespace {
// O(n^2): longest run ending at each index.
int reference(const std::vector<int>& nums) {
    std::vector<int> best(nums.size(), 1);
    int answer = 0;
    for (std::size_t i = 0; i < nums.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j)
            if (nums[j] < nums[i]) best[i] = std::max(best[i], best[j] + 1);
        answer = std::max(answer, best[i]);
    }
    return answer;
}
}  // namespace

int main() {
    int failures = 0;
    if (lengthOfLIS({10, 9, 2, 5, 3, 7, 101, 18}) != 4) ++failures;
    if (lengthOfLIS({7, 7, 7}) != 1) ++failures;
    if (lengthOfLIS({}) != 0) ++failures;
    unsigned state = 8;
    for (int round = 0; round < 500; ++round) {
        state = state * 1103515245u + 12345u;
        std::vector<int> nums((state >> 8) % 25);
        for (int& v : nums) {
            state = state * 1103515245u + 12345u;
            v = static_cast<int>((state >> 8) % 13) - 6;
        }
        if (lengthOfLIS(nums) != reference(nums)) {
            std::cerr << "random round " << round << " disagrees with the O(n^2) DP\n";
            ++failures;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-longest-increasing-subsequence: all checks passed\n";
    return 0;
}
