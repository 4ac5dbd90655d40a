// Checks the C++ solution printed in content/questions/coding/code-two-sum.md.
#include SOLUTION_HEADER

#include <climits>
#include <iostream>
#include <vector>

namespace {
int failures = 0;

void check(const std::vector<int>& nums, int target, const std::vector<int>& expected,
           const char* name) {
    const std::vector<int> actual = twoSum(nums, target);
    if (actual != expected) {
        std::cerr << name << ": got [";
        for (int v : actual) std::cerr << ' ' << v;
        std::cerr << " ]\n";
        ++failures;
    }
}

// Brute force: the pair with the smallest j, then smallest i.
std::vector<int> reference(const std::vector<int>& nums, int target) {
    for (int j = 0; j < static_cast<int>(nums.size()); ++j) {
        for (int i = 0; i < j; ++i) {
            if (static_cast<long long>(nums[i]) + nums[j] == target) return {i, j};
        }
    }
    return {};
}
}  // namespace

int main() {
    check({8, 3, 11, 5}, 16, {2, 3}, "worked example");
    check({3, 3}, 6, {0, 1}, "duplicates");
    check({4, 1, 2}, 8, {}, "no self pairing");
    check({-3, 7, 10}, 7, {0, 2}, "negatives");
    check({0, 4, 0}, 0, {0, 2}, "zeros");
    check({}, 5, {}, "empty");
    check({5}, 10, {}, "single element");
    check({-1, 5, INT_MAX - 5}, INT_MAX, {1, 2}, "INT_MAX target: target - (-1) overflows int");
    check({INT_MIN, INT_MAX}, -1, {0, 1}, "extremes");
    check({1, -2147483647}, INT_MIN + 2, {0, 1}, "complement outside int range");

    unsigned state = 77;
    for (int round = 0; round < 500; ++round) {
        std::vector<int> nums;
        const int n = static_cast<int>(state % 20);
        for (int i = 0; i < n; ++i) {
            state = state * 1103515245u + 12345u;
            nums.push_back(static_cast<int>((state >> 8) % 41) - 20);
        }
        state = state * 1103515245u + 12345u;
        const int target = static_cast<int>((state >> 8) % 61) - 30;
        const std::vector<int> expected = reference(nums, target);
        const std::vector<int> actual = twoSum(nums, target);
        // The smallest j is unique; i may differ only if values repeat, so check validity.
        const bool ok = expected.empty()
                                ? actual.empty()
                                : (actual.size() == 2 && actual[1] == expected[1] &&
                                   actual[0] < actual[1] && actual[0] >= 0 &&
                                   nums[actual[0]] + nums[actual[1]] == target);
        if (!ok) {
            std::cerr << "random round " << round << " disagrees with brute force\n";
            ++failures;
            break;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-two-sum: all checks passed\n";
    return 0;
}
