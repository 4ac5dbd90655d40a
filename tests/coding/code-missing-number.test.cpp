// Checks the C++ solution printed in content/questions/coding/code-missing-number.md.
#include SOLUTION_HEADER

#include <iostream>
#include <vector>

int main() {
    int failures = 0;
    auto check = [&failures](const std::vector<int>& nums, int expected, const char* name) {
        const int actual = missingNumber(nums);
        if (actual != expected) {
            std::cerr << name << ": expected " << expected << ", got " << actual << '\n';
            ++failures;
        }
    };
    check({3, 0, 1}, 2, "worked example");
    check({0, 1}, 2, "n missing");
    check({9, 6, 4, 2, 3, 5, 7, 0, 1}, 8, "longer example");
    check({1}, 0, "zero missing");
    check({0}, 1, "one element");

    unsigned state = 3;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 300 && failures == 0; ++round) {
        const int n = 1 + next(round < 5 ? 10000 : 40);
        const int gone = next(static_cast<unsigned>(n + 1));
        std::vector<int> nums;
        for (int v = 0; v <= n; ++v) {
            if (v != gone) {
                nums.push_back(v);
            }
        }
        for (int i = static_cast<int>(nums.size()) - 1; i > 0; --i) {
            std::swap(nums[i], nums[next(static_cast<unsigned>(i + 1))]);
        }
        check(nums, gone, "random permutation");
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-missing-number: all checks passed\n";
    return 0;
}
