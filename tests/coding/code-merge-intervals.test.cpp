// Checks the C++ solution printed in content/questions/coding/code-merge-intervals.md.
#include SOLUTION_HEADER

#include <iostream>
#include <vector>

namespace {
using Intervals = std::vector<std::vector<int>>;

// Marks covered points on a doubled axis (touching ends share a point) and reads back the runs.
Intervals reference(const Intervals& intervals) {
    std::vector<bool> covered(64, false);
    for (const auto& in : intervals)
        for (int x = 2 * in[0]; x <= 2 * in[1]; ++x) covered[static_cast<std::size_t>(x)] = true;
    Intervals runs;
    for (int x = 0; x < 64; ++x) {
        if (!covered[static_cast<std::size_t>(x)]) continue;
        if (!runs.empty() && runs.back()[1] == x - 1) {
            runs.back()[1] = x;
        } else {
            runs.push_back({x, x});
        }
    }
    for (auto& run : runs) run = {run[0] / 2, run[1] / 2};
    return runs;
}
}  // namespace

int main() {
    int failures = 0;
    if (mergeIntervals({{1, 3}, {2, 6}, {8, 10}, {15, 18}}) != Intervals{{1, 6}, {8, 10}, {15, 18}}) ++failures;
    if (!mergeIntervals({}).empty()) ++failures;
    unsigned state = 31;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 500; ++round) {
        Intervals intervals;
        for (int k = next(8); k > 0; --k) {
            const int s = next(21);
            intervals.push_back({s, s + next(6)});
        }
        if (mergeIntervals(intervals) != reference(intervals)) {
            std::cerr << "random round " << round << " disagrees with the point sweep\n";
            ++failures;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-merge-intervals: all checks passed\n";
    return 0;
}
