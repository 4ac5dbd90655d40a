// Checks the C++ solution printed in content/questions/coding/code-k-closest-points.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <vector>

namespace {
int failures = 0;
using Points = std::vector<std::vector<int>>;

long long squared(const std::vector<int>& p) {
    return static_cast<long long>(p[0]) * p[0] + static_cast<long long>(p[1]) * p[1];
}

void check(const Points& points, std::size_t k) {
    Points byDistance = points;
    std::stable_sort(byDistance.begin(), byDistance.end(),
                     [](const auto& a, const auto& b) { return squared(a) < squared(b); });
    if (k < points.size() && squared(byDistance[k - 1]) == squared(byDistance[k])) return;  // not unique
    Points expected(byDistance.begin(), byDistance.begin() + static_cast<long>(k));
    Points actual = kClosest(points, k);
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
    if (actual != expected) {
        std::cerr << "wrong points for k = " << k << '\n';
        ++failures;
    }
}

unsigned state = 987;
int nextInt(int low, int high) {
    state = state * 1103515245u + 12345u;
    return low + static_cast<int>((state >> 8) % static_cast<unsigned>(high - low + 1));
}
}  // namespace

int main() {
    check({{1, 3}, {-2, 2}}, 1);
    check({{10000, 10000}, {-10000, -10000}, {1, -1}}, 1);
    check({{1, 1}, {1, 1}, {5, 5}}, 2);
    for (int round = 0; round < 500; ++round) {
        Points points(static_cast<std::size_t>(nextInt(1, 30)));
        for (auto& p : points) p = {nextInt(-20, 20), nextInt(-20, 20)};
        check(points, static_cast<std::size_t>(nextInt(1, static_cast<int>(points.size()))));
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-k-closest-points: all checks passed\n";
    return 0;
}
