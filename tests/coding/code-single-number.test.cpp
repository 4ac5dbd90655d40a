// Checks the C++ solution printed in content/questions/coding/code-single-number.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <vector>

namespace {
int failures = 0;

void check(const std::vector<int>& nums, int expected, const char* name) {
    const int actual = singleNumber(nums);
    if (actual != expected) {
        std::cerr << name << ": expected " << expected << ", got " << actual << '\n';
        ++failures;
    }
}
}  // namespace

int main() {
    check({2, 2, 1}, 1, "worked example");
    check({4, 1, 2, 1, 2}, 4, "pairs apart");
    check({1}, 1, "one element");
    check({-3, 7, -3}, 7, "negative pair");
    check({5, 0, 5}, 0, "single zero");
    check({-30000, 30000, 30000}, -30000, "extremes");
    unsigned state = 5;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 500 && failures == 0; ++round) {
        std::vector<int> distinct;
        const int count = 1 + next(60);
        while (static_cast<int>(distinct.size()) < count) {
            const int v = next(60001) - 30000;
            if (std::find(distinct.begin(), distinct.end(), v) == distinct.end()) {
                distinct.push_back(v);
            }
        }
        std::vector<int> nums{distinct[0]};
        for (std::size_t i = 1; i < distinct.size(); ++i) {
            nums.push_back(distinct[i]);
            nums.push_back(distinct[i]);
        }
        for (int i = static_cast<int>(nums.size()) - 1; i > 0; --i) {
            std::swap(nums[i], nums[next(static_cast<unsigned>(i + 1))]);
        }
        check(nums, distinct[0], "random pairs");
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-single-number: all checks passed\n";
    return 0;
}
