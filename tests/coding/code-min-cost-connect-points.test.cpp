// Checks the C++ solution printed in content/questions/coding/code-min-cost-connect-points.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <numeric>
#include <tuple>
#include <vector>

namespace {
int failures = 0;
using Points = std::vector<std::vector<int>>;

// Reference: sort every pair by distance and join components with union-find.
long long kruskal(const Points& points) {
    const int n = static_cast<int>(points.size());
    std::vector<std::tuple<long long, int, int>> edges;
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            edges.emplace_back(std::llabs(static_cast<long long>(points[i][0]) - points[j][0]) +
                                   std::llabs(static_cast<long long>(points[i][1]) - points[j][1]),
                               i, j);
        }
    }
    std::sort(edges.begin(), edges.end());
    std::vector<int> parent(static_cast<std::size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&parent](int x) {
        while (parent[x] != x) {
            x = parent[x] = parent[parent[x]];
        }
        return x;
    };
    long long total = 0;
    for (const auto& [cost, i, j] : edges) {
        const int ri = find(i);
        const int rj = find(j);
        if (ri != rj) {
            parent[ri] = rj;
            total += cost;
        }
    }
    return total;
}

void check(const Points& points, long long expected, const char* name) {
    const long long actual = minCostConnectPoints(points);
    if (actual != expected) {
        std::cerr << name << ": expected " << expected << ", got " << actual << '\n';
        ++failures;
    }
}
}  // namespace

int main() {
    check({{0, 0}, {2, 2}, {3, 10}, {5, 2}, {7, 0}}, 20, "worked example");
    check({{3, 12}, {-2, 5}, {-4, 1}}, 18, "three points");
    check({{0, 0}}, 0, "one point");
    check({{2, 3}, {2, 3}, {5, 3}}, 3, "coinciding points");
    check({{-1000000, -1000000}, {1000000, 1000000}}, 4000000, "extreme corners");
    {
        Points line;
        for (int i = 0; i < 1000; ++i) {
            line.push_back({(i * 37) % 1000, 5});
        }
        check(line, 999, "1000 points on a line");
    }
    unsigned state = 13;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    const int spans[] = {3, 50, 1000000};
    for (int round = 0; round < 200 && failures == 0; ++round) {
        const int span = spans[next(3)];
        Points points(static_cast<std::size_t>(1 + next(25)));
        for (auto& p : points) {
            p = {next(static_cast<unsigned>(2 * span + 1)) - span, next(static_cast<unsigned>(2 * span + 1)) - span};
        }
        check(points, kruskal(points), "random points");
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-min-cost-connect-points: all checks passed\n";
    return 0;
}
