// Checks the C++ solution printed in content/questions/coding/code-find-min-rotated-array.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <vector>

int main() {
    int failures = 0;
    if (findMin({3, 4, 5, 1, 2}) != 1) ++failures;
    if (findMin({11, 13, 15, 17}) != 11) ++failures;
    if (findMin({2, 1}) != 1) ++failures;
    if (findMin({7}) != 7) ++failures;

    // Every rotation of -n..-1 for n up to 20.
    for (int n = 1; n <= 20; ++n) {
        std::vector<int> values;
        for (int i = -n; i < 0; ++i) values.push_back(i);
        for (int shift = 0; shift < n; ++shift) {
            std::vector<int> nums(values);
            std::rotate(nums.begin(), nums.begin() + shift, nums.end());
            if (findMin(nums) != -n) {
                std::cerr << "n=" << n << " shift=" << shift << " is wrong\n";
                ++failures;
            }
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-find-min-rotated-array: all checks passed\n";
    return 0;
}
