// Checks the C++ solution printed in content/questions/coding/code-shortest-path-network.md.
#include SOLUTION_HEADER

#include <iostream>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

namespace {
int failures = 0;

void expect(bool ok, const char* what, int line) {
    if (!ok) {
        std::cerr << "line " << line << ": check failed: " << what << '\n';
        ++failures;
    }
}

using Links = std::vector<std::pair<int, int>>;
using WLinks = std::vector<std::tuple<int, int, int>>;

bool validPath(const std::vector<int>& path, const Links& links, int src, int dst) {
    if (path.empty() || path.front() != src || path.back() != dst) {
        return false;
    }
    std::set<std::pair<int, int>> edges;
    for (const auto& [a, b] : links) {
        edges.insert({a, b});
        edges.insert({b, a});
    }
    for (std::size_t i = 1; i < path.size(); ++i) {
        if (edges.count({path[i - 1], path[i]}) == 0) {
            return false;
        }
    }
    return true;
}

// Bellman-Ford style reference for small graphs.
long long referenceCost(int n, const WLinks& links, int src, int dst) {
    const long long inf = 1LL << 60;
    std::vector<long long> dist(static_cast<std::size_t>(n), inf);
    dist[src] = 0;
    for (int round = 0; round < n; ++round) {
        for (const auto& [a, b, c] : links) {
            if (dist[a] + c < dist[b]) dist[b] = dist[a] + c;
            if (dist[b] + c < dist[a]) dist[a] = dist[b] + c;
        }
    }
    return dist[dst] >= inf ? -1 : dist[dst];
}

long long pathCost(const std::vector<int>& path, const WLinks& links) {
    long long total = 0;
    for (std::size_t i = 1; i < path.size(); ++i) {
        long long best = -1;
        for (const auto& [a, b, c] : links) {
            if ((a == path[i - 1] && b == path[i]) || (b == path[i - 1] && a == path[i])) {
                if (best < 0 || c < best) best = c;
            }
        }
        if (best < 0) return -1;
        total += best;
    }
    return total;
}
}  // namespace

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    const Links links{{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}};
    {
        const auto path = shortestPath(6, links, 0, 4);
        EXPECT(path.size() == 4);
        EXPECT(validPath(path, links, 0, 4));
        EXPECT((path == std::vector<int>{0, 1, 3, 4}));
        EXPECT((shortestPath(6, links, 2, 2) == std::vector<int>{2}));
        EXPECT(shortestPath(6, links, 0, 5).empty());   // isolated node
        EXPECT(shortestPath(6, links, 0, 9).empty());   // out of range
        EXPECT(shortestPath(1, {}, 0, 0).size() == 1);
    }
    {  // long chain with a shortcut
        Links chain;
        for (int i = 0; i < 999; ++i) chain.emplace_back(i, i + 1);
        chain.emplace_back(0, 500);
        const auto path = shortestPath(1000, chain, 0, 999);
        EXPECT(path.size() == 501);
        EXPECT(validPath(path, chain, 0, 999));
    }
    const WLinks weighted{{0, 1, 4}, {0, 2, 1}, {2, 1, 2}, {1, 3, 1}, {2, 3, 7}};
    {
        const auto best = cheapestPath(6, weighted, 0, 3);
        EXPECT(best.cost == 4);
        EXPECT((best.path == std::vector<int>{0, 2, 1, 3}));
        const auto self = cheapestPath(6, weighted, 1, 1);
        EXPECT(self.cost == 0 && self.path == std::vector<int>{1});
        const auto none = cheapestPath(6, weighted, 0, 5);
        EXPECT(none.cost == -1 && none.path.empty());
        const auto parallel = cheapestPath(2, {{0, 1, 9}, {0, 1, 3}, {1, 0, 5}}, 0, 1);
        EXPECT(parallel.cost == 3);
        const auto zero = cheapestPath(3, {{0, 1, 0}, {1, 2, 0}, {0, 2, 1}}, 0, 2);
        EXPECT(zero.cost == 0 && zero.path.size() == 3);
        const auto big = cheapestPath(3, {{0, 1, 2000000000}, {1, 2, 2000000000}}, 0, 2);
        EXPECT(big.cost == 4000000000LL);
    }
    {  // random graphs against a reference, and BFS == Dijkstra with unit weights
        unsigned state = 31337;
        auto next = [&state](unsigned bound) {
            state = state * 1103515245u + 12345u;
            return static_cast<int>((state >> 8) % bound);
        };
        for (int round = 0; round < 300; ++round) {
            const int n = 1 + next(15);
            WLinks w;
            Links plain;
            WLinks unit;
            const int m = next(30);
            for (int i = 0; i < m; ++i) {
                const int a = next(static_cast<unsigned>(n));
                const int b = next(static_cast<unsigned>(n));
                w.emplace_back(a, b, next(20));
                plain.emplace_back(a, b);
                unit.emplace_back(a, b, 1);
            }
            const int s = next(static_cast<unsigned>(n));
            const int t = next(static_cast<unsigned>(n));
            const auto got = cheapestPath(n, w, s, t);
            const long long want = referenceCost(n, w, s, t);
            if (got.cost != want || (want >= 0 && pathCost(got.path, w) != want)) {
                std::cerr << "random weighted graph " << round << ": cost " << got.cost
                          << ", expected " << want << '\n';
                ++failures;
                break;
            }
            const auto hops = shortestPath(n, plain, s, t);
            const long long unitCost = referenceCost(n, unit, s, t);
            const bool ok = unitCost < 0 ? hops.empty()
                                         : (static_cast<long long>(hops.size()) == unitCost + 1 &&
                                            validPath(hops, plain, s, t));
            if (!ok) {
                std::cerr << "random unweighted graph " << round << ": wrong BFS path\n";
                ++failures;
                break;
            }
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-shortest-path-network: all checks passed\n";
    return 0;
}
