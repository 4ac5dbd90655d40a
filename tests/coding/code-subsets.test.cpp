// Checks the C++ solution printed in content/questions/coding/code-subsets.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <vector>

namespace {
int failures = 0;
using Sets = std::vector<std::vector<int>>;

Sets norm(Sets sets) {
    for (auto& s : sets) {
        std::sort(s.begin(), s.end());
    }
    std::sort(sets.begin(), sets.end());
    return sets;
}

Sets byBitmask(const std::vector<int>& nums) {
    Sets all;
    const unsigned n = static_cast<unsigned>(nums.size());
    for (unsigned mask = 0; mask < (1u << n); ++mask) {
        std::vector<int> s;
        for (unsigned i = 0; i < n; ++i) {
            if ((mask >> i) & 1u) {
                s.push_back(nums[i]);
            }
        }
        all.push_back(s);
    }
    return norm(all);
}

void check(const std::vector<int>& nums, const char* name) {
    const Sets actual = subsets(nums);
    if (actual.size() != (std::size_t{1} << nums.size()) || norm(actual) != byBitmask(nums)) {
        std::cerr << name << ": wrong subsets (" << actual.size() << " returned)\n";
        ++failures;
    }
}
}  // namespace

int main() {
    check({1, 2, 3}, "worked example");
    check({}, "empty input");
    check({-3}, "one value");
    check({-10, -9, -8, -7, -6, -5, -4, -3, -2, -1}, "ten values");
    if (subsets({}) != Sets{{}}) {
        std::cerr << "empty input: expected exactly one empty subset\n";
        ++failures;
    }
    unsigned state = 99;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 200 && failures == 0; ++round) {
        std::vector<int> pool;
        for (int v = -10; v <= 10; ++v) {
            pool.push_back(v);
        }
        std::vector<int> nums;
        const int n = next(9);
        for (int i = 0; i < n; ++i) {
            const int at = next(static_cast<unsigned>(pool.size()));
            nums.push_back(pool[at]);
            pool.erase(pool.begin() + at);
        }
        check(nums, "random distinct values");
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-subsets: all checks passed\n";
    return 0;
}
