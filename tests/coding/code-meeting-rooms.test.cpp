// Checks the C++ solution printed in content/questions/coding/code-meeting-rooms.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <vector>

namespace {
// The most meetings running at any integer instant (half-open intervals).
int peak(const std::vector<std::vector<int>>& meetings) {
    int best = 0;
    for (int t = 0; t < 32; ++t) {
        int running = 0;
        for (const auto& m : meetings) running += (m[0] <= t && t < m[1]) ? 1 : 0;
        best = std::max(best, running);
    }
    return best;
}
}  // namespace

int main() {
    int failures = 0;
    if (minMeetingRooms({{0, 30}, {5, 10}, {15, 20}}) != 2) ++failures;
    if (canAttendAll({{0, 30}, {5, 10}, {15, 20}})) ++failures;
    if (!canAttendAll({}) || minMeetingRooms({}) != 0) ++failures;
    unsigned state = 41;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 500; ++round) {
        std::vector<std::vector<int>> meetings;
        for (int k = next(8); k > 0; --k) {
            const int s = next(16);
            meetings.push_back({s, s + 1 + next(6)});
        }
        const int expected = peak(meetings);
        if (minMeetingRooms(meetings) != expected || canAttendAll(meetings) != (expected <= 1)) {
            std::cerr << "random round " << round << " disagrees with the instant count\n";
            ++failures;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-meeting-rooms: all checks passed\n";
    return 0;
}
