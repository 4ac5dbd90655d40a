// Checks the C++ solution printed in content/questions/coding/code-insert-interval.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <vector>

namespace {
using Intervals = std::vector<std::vector<int>>;

// Appends, sorts and merges touching or overlapping intervals.
Intervals reference(Intervals intervals, const std::vector<int>& added) {
    intervals.push_back(added);
    std::sort(intervals.begin(), intervals.end());
    Intervals merged;
    for (const auto& in : intervals) {
        if (!merged.empty() && in[0] <= merged.back()[1]) {
            merged.back()[1] = std::max(merged.back()[1], in[1]);
        } else {
            merged.push_back(in);
        }
    }
    return merged;
}
}  // namespace

int main() {
    int failures = 0;
    if (insertInterval({{1, 3}, {6, 9}}, {2, 5}) != Intervals{{1, 5}, {6, 9}}) ++failures;
    if (insertInterval({}, {5, 7}) != Intervals{{5, 7}}) ++failures;
    unsigned state = 37;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 1000; ++round) {
        Intervals intervals;
        int x = next(4);
        for (int k = next(6); k > 0; --k) {
            const int s = x + next(4);
            const int e = s + next(4);
            intervals.push_back({s, e});
            x = e + 1;  // disjoint and not touching
        }
        const int s = next(26);
        const std::vector<int> added{s, s + next(9)};
        if (insertInterval(intervals, added) != reference(intervals, added)) {
            std::cerr << "random round " << round << " disagrees with sort-and-merge\n";
            ++failures;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-insert-interval: all checks passed\n";
    return 0;
}
