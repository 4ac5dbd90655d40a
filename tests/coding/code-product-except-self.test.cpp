// Checks the C++ solution printed in content/questions/coding/code-product-except-self.md.
#include SOLUTION_HEADER

#include <cstddef>
#include <iostream>
#include <vector>

namespace {
int failures = 0;

std::vector<int> reference(const std::vector<int>& nums) {
    std::vector<int> out;
    for (std::size_t i = 0; i < nums.size(); ++i) {
        int product = 1;
        for (std::size_t j = 0; j < nums.size(); ++j)
            if (j != i) product *= nums[j];
        out.push_back(product);
    }
    return out;
}

void check(const std::vector<int>& nums, const std::vector<int>& expected, const char* name) {
    if (productExceptSelf(nums) != expected) {
        std::cerr << name << ": wrong products\n";
        ++failures;
    }
}
}  // namespace

int main() {
    check({1, 2, 3, 4}, {24, 12, 8, 6}, "worked example");
    check({-1, 1, 0, -3, 3}, {0, 0, 9, 0, 0}, "one zero");
    check({0, 0}, {0, 0}, "two zeros");
    check({-2, -3, 4}, {-12, -8, 6}, "negatives");
    check({30, 30, 30, 30, 30, 30}, std::vector<int>(6, 24300000), "largest values");

    unsigned state = 5;
    for (int round = 0; round < 500; ++round) {
        state = state * 1103515245u + 12345u;
        std::vector<int> nums(2 + (state >> 8) % 8);
        for (int& x : nums) {
            state = state * 1103515245u + 12345u;
            x = static_cast<int>((state >> 8) % 9) - 4;
        }
        if (productExceptSelf(nums) != reference(nums)) {
            std::cerr << "random round " << round << " disagrees with brute force\n";
            ++failures;
            break;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-product-except-self: all checks passed\n";
    return 0;
}
