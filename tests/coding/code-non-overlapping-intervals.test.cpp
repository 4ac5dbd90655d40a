// Checks the C++ solution printed in content/questions/coding/code-non-overlapping-intervals.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <vector>

namespace {
// The largest subset with no overlaps (touching allowed), by trying every subset.
int reference(std::vector<std::vector<int>> intervals) {
    std::sort(intervals.begin(), intervals.end());
    const unsigned n = static_cast<unsigned>(intervals.size());
    int bestKept = 0;
    for (unsigned mask = 0; mask < (1u << n); ++mask) {
        int kept = 0;
        int lastEnd = -1000;
        bool ok = true;
        for (unsigned i = 0; i < n && ok; ++i) {
            if (((mask >> i) & 1u) == 0) continue;
            ok = intervals[i][0] >= lastEnd;
            lastEnd = intervals[i][1];
            ++kept;
        }
        if (ok) bestKept = std::max(bestKept, kept);
    }
    return static_cast<int>(n) - bestKept;
}
}  // namespace

int main() {
    int failures = 0;
    if (eraseOverlapIntervals({{1, 2}, {2, 3}, {3, 4}, {1, 3}}) != 1) ++failures;
    if (eraseOverlapIntervals({}) != 0) ++failures;
    unsigned state = 43;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 400; ++round) {
        std::vector<std::vector<int>> intervals;
        for (int k = next(8); k > 0; --k) {
            const int s = next(13) - 6;
            intervals.push_back({s, s + 1 + next(5)});
        }
        if (eraseOverlapIntervals(intervals) != reference(intervals)) {
            std::cerr << "random round " << round << " disagrees with brute force\n";
            ++failures;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-non-overlapping-intervals: all checks passed\n";
    return 0;
}
