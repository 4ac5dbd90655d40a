// Checks the C++ solution printed in content/questions/coding/code-redundant-connection.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <vector>

namespace {
int failures = 0;
using Edges = std::vector<std::vector<int>>;

// Remove each edge from the last to the first; the first removal leaving a tree wins.
std::vector<int> reference(const Edges& edges) {
    const int n = static_cast<int>(edges.size());
    for (int skip = n - 1; skip >= 0; --skip) {
        std::vector<std::vector<int>> adj(static_cast<std::size_t>(n + 1));
        for (int i = 0; i < n; ++i) {
            if (i != skip) {
                adj[edges[i][0]].push_back(edges[i][1]);
                adj[edges[i][1]].push_back(edges[i][0]);
            }
        }
        std::vector<bool> seen(static_cast<std::size_t>(n + 1), false);
        std::vector<int> stack{1};
        seen[1] = true;
        int count = 1;
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            for (const int w : adj[v]) {
                if (!seen[w]) {
                    seen[w] = true;
                    ++count;
                    stack.push_back(w);
                }
            }
        }
        if (count == n) {
            return edges[skip];
        }
    }
    return {};
}

void check(const Edges& edges, const std::vector<int>& expected, const char* name) {
    if (redundantConnection(edges) != expected) {
        std::cerr << name << ": wrong edge\n";
        ++failures;
    }
}
}  // namespace

int main() {
    check({{1, 2}, {1, 3}, {2, 3}}, {2, 3}, "triangle");
    check({{1, 2}, {2, 3}, {3, 4}, {1, 4}, {1, 5}}, {1, 4}, "square with a tail");
    check({{2, 3}, {5, 2}, {1, 5}, {3, 1}, {4, 1}}, {3, 1}, "cycle closes mid-list");
    {
        Edges chain;
        for (int i = 1; i < 1000; ++i) {
            chain.push_back({i, i + 1});
        }
        Edges closed = chain;
        closed.push_back({1, 1000});
        check(closed, {1, 1000}, "long ring, closing edge last");
        Edges reversed{{1, 1000}};
        reversed.insert(reversed.end(), chain.rbegin(), chain.rend());
        check(reversed, {1, 2}, "long ring, closing edge first");
    }
    unsigned state = 55;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 400 && failures == 0; ++round) {
        const int n = 3 + next(10);
        Edges edges;
        for (int v = 2; v <= n; ++v) {
            edges.push_back({1 + next(static_cast<unsigned>(v - 1)), v});
        }
        while (true) {
            const int a = 1 + next(static_cast<unsigned>(n));
            const int b = 1 + next(static_cast<unsigned>(n));
            const bool present = std::any_of(edges.begin(), edges.end(), [&](const std::vector<int>& e) {
                return (e[0] == a && e[1] == b) || (e[0] == b && e[1] == a);
            });
            if (a != b && !present) {
                edges.push_back({a, b});
                break;
            }
        }
        for (int i = n - 1; i > 0; --i) {  // shuffle, and flip some edges
            std::swap(edges[i], edges[next(static_cast<unsigned>(i + 1))]);
            if (next(2) == 0) {
                std::swap(edges[i][0], edges[i][1]);
            }
        }
        check(edges, reference(edges), "random tree plus one edge");
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-redundant-connection: all checks passed\n";
    return 0;
}
