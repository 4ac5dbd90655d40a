// Checks the C++ solution printed in content/questions/coding/code-critical-connections.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <vector>

namespace {
int failures = 0;
using Edges = std::vector<std::vector<int>>;

Edges normalised(Edges edges) {
    for (auto& e : edges) {
        if (e[0] > e[1]) {
            std::swap(e[0], e[1]);
        }
    }
    std::sort(edges.begin(), edges.end());
    return edges;
}

int components(int n, const Edges& edges, int skip) {
    std::vector<int> parent(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        parent[i] = i;
    }
    auto find = [&](int x) {
        while (parent[x] != x) {
            x = parent[x] = parent[parent[x]];
        }
        return x;
    };
    int count = n;
    for (int i = 0; i < static_cast<int>(edges.size()); ++i) {
        if (i == skip) {
            continue;
        }
        const int a = find(edges[i][0]);
        const int b = find(edges[i][1]);
        if (a != b) {
            parent[a] = b;
            --count;
        }
    }
    return count;
}

// Brute force: an edge is a bridge if removing it increases the number of components.
Edges bruteForce(int n, const Edges& edges) {
    Edges result;
    const int base = components(n, edges, -1);
    for (int i = 0; i < static_cast<int>(edges.size()); ++i) {
        if (components(n, edges, i) > base) {
            result.push_back(edges[i]);
        }
    }
    return normalised(result);
}

void check(int n, const Edges& edges, const Edges& expected, const char* name) {
    const Edges actual = normalised(criticalConnections(n, edges));
    if (actual != normalised(expected)) {
        std::cerr << name << ": wrong bridges:";
        for (const auto& e : actual) {
            std::cerr << " [" << e[0] << ',' << e[1] << ']';
        }
        std::cerr << '\n';
        ++failures;
    }
}
}  // namespace

int main() {
    check(4, {{0, 1}, {1, 2}, {2, 0}, {1, 3}}, {{1, 3}}, "worked example");
    check(2, {{0, 1}}, {{0, 1}}, "single link");
    check(5, {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 0}}, {}, "ring");
    check(3, {{0, 1}, {0, 1}, {1, 2}}, {{1, 2}}, "parallel links");
    check(1, {}, {}, "one server");
    check(4, {}, {}, "no links");
    check(6, {{0, 1}, {2, 3}, {3, 4}, {4, 2}, {4, 5}}, {{0, 1}, {4, 5}}, "disconnected");
    check(3, {{0, 0}, {0, 1}, {1, 2}, {2, 2}}, {{0, 1}, {1, 2}}, "self loops");
    check(7, {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 5}, {5, 3}, {5, 6}},
          {{2, 3}, {5, 6}}, "two triangles joined");

    {  // long path: 100000 vertices, every edge a bridge, no recursion allowed
        const int n = 100000;
        Edges path;
        for (int i = 0; i + 1 < n; ++i) {
            path.push_back({i, i + 1});
        }
        if (criticalConnections(n, path).size() != static_cast<std::size_t>(n - 1)) {
            std::cerr << "long path: expected every edge to be a bridge\n";
            ++failures;
        }
        path.push_back({n - 1, 0});  // close the ring: no bridges
        if (!criticalConnections(n, path).empty()) {
            std::cerr << "long ring: expected no bridges\n";
            ++failures;
        }
    }
    {  // random sparse multigraphs against brute force
        unsigned state = 2718;
        auto next = [&state](unsigned bound) {
            state = state * 1103515245u + 12345u;
            return static_cast<int>((state >> 8) % bound);
        };
        for (int round = 0; round < 300; ++round) {
            const int n = 1 + next(12);
            const int m = next(16);
            Edges edges;
            for (int i = 0; i < m; ++i) {
                edges.push_back({next(static_cast<unsigned>(n)), next(static_cast<unsigned>(n))});
            }
            const Edges expected = bruteForce(n, edges);
            const Edges actual = normalised(criticalConnections(n, edges));
            if (actual != expected) {
                std::cerr << "random graph " << round << " differs from brute force\n";
                ++failures;
                break;
            }
        }
    }

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-critical-connections: all checks passed\n";
    return 0;
}
