// Checks the C++ solution printed in content/questions/coding/code-course-schedule.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <vector>

namespace {
int failures = 0;
using Pairs = std::vector<std::vector<int>>;

bool validOrder(int n, const Pairs& prerequisites, const std::vector<int>& order) {
    if (static_cast<int>(order.size()) != n) {
        return false;
    }
    std::vector<int> position(static_cast<std::size_t>(n), -1);
    for (int i = 0; i < n; ++i) {
        if (order[i] < 0 || order[i] >= n || position[order[i]] != -1) {
            return false;
        }
        position[order[i]] = i;
    }
    return std::all_of(prerequisites.begin(), prerequisites.end(),
                       [&](const std::vector<int>& p) { return position[p[1]] < position[p[0]]; });
}

// Reference: transitive closure; a cycle means some course reaches itself.
bool hasCycle(int n, const Pairs& prerequisites) {
    std::vector<std::vector<bool>> reach(static_cast<std::size_t>(n), std::vector<bool>(static_cast<std::size_t>(n), false));
    for (const auto& p : prerequisites) {
        reach[p[1]][p[0]] = true;
    }
    for (int k = 0; k < n; ++k) {
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < n; ++j) {
                if (reach[i][k] && reach[k][j]) {
                    reach[i][j] = true;
                }
            }
        }
    }
    for (int i = 0; i < n; ++i) {
        if (reach[i][i]) {
            return true;
        }
    }
    return false;
}

void check(int n, const Pairs& prerequisites, const char* name) {
    const bool possible = !hasCycle(n, prerequisites);
    const std::vector<int> order = courseOrder(n, prerequisites);
    if (canFinish(n, prerequisites) != possible) {
        std::cerr << name << ": canFinish should be " << possible << '\n';
        ++failures;
    }
    if (possible ? !validOrder(n, prerequisites, order) : !order.empty()) {
        std::cerr << name << ": wrong order\n";
        ++failures;
    }
}
}  // namespace

int main() {
    check(2, {{1, 0}}, "one pair");
    check(2, {{1, 0}, {0, 1}}, "two-course cycle");
    check(4, {{1, 0}, {2, 0}, {3, 1}, {3, 2}}, "diamond");
    check(3, {}, "no prerequisites");
    check(1, {{0, 0}}, "self loop");
    check(5, {{1, 0}, {3, 2}, {2, 4}, {4, 3}}, "cycle beside free courses");
    check(3, {{1, 0}, {1, 0}, {2, 1}}, "duplicate pair");
    {
        Pairs chain;
        for (int i = 0; i + 1 < 2000; ++i) {
            chain.push_back({i + 1, i});
        }
        if (!validOrder(2000, chain, courseOrder(2000, chain))) {
            std::cerr << "long chain: wrong order\n";
            ++failures;
        }
        chain.push_back({0, 1999});
        if (canFinish(2000, chain)) {
            std::cerr << "long cycle: should not finish\n";
            ++failures;
        }
    }
    unsigned state = 31;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 300 && failures == 0; ++round) {
        const int n = 1 + next(9);
        const bool acyclic = next(2) == 0;
        Pairs pairs;
        const int m = next(12);
        for (int i = 0; i < m; ++i) {
            const int a = next(static_cast<unsigned>(n));
            const int b = next(static_cast<unsigned>(n));
            if (!acyclic) {
                pairs.push_back({a, b});
            } else if (a != b) {
                pairs.push_back({std::max(a, b), std::min(a, b)});
            }
        }
        check(n, pairs, "random graph");
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-course-schedule: all checks passed\n";
    return 0;
}
