// Checks the C++ solution printed in content/questions/coding/code-search-rotated-array.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <vector>

int main() {
    int failures = 0;
    if (search({4, 5, 6, 7, 0, 1, 2}, 0) != 4) ++failures;
    if (search({4, 5, 6, 7, 0, 1, 2}, 3) != -1) ++failures;
    if (search({3, 1}, 1) != 1) ++failures;
    if (search({}, 5) != -1) ++failures;

    // Every rotation of 0, 2, 4, ..., 2(n-1) for n up to 12; every even (present) and odd (absent)
    // target in range.
    for (int n = 1; n <= 12; ++n) {
        std::vector<int> values;
        for (int i = 0; i < n; ++i) values.push_back(2 * i);
        for (int shift = 0; shift < n; ++shift) {
            std::vector<int> nums(values);
            std::rotate(nums.begin(), nums.begin() + shift, nums.end());
            for (int target = -1; target <= 2 * n; ++target) {
                const auto at = std::find(nums.begin(), nums.end(), target);
                const int expected = at == nums.end() ? -1 : static_cast<int>(at - nums.begin());
                if (search(nums, target) != expected) {
                    std::cerr << "n=" << n << " shift=" << shift << " target=" << target << " is wrong\n";
                    ++failures;
                }
            }
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-search-rotated-array: all checks passed\n";
    return 0;
}
