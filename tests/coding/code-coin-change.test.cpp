// Checks the C++ solution printed in content/questions/coding/code-coin-change.md.
#include SOLUTION_HEADER

#include <climits>
#include <deque>
#include <iostream>
#include <vector>

namespace {
// Breadth-first search over amounts: the first level reaching `amount` is the answer.
int reference(const std::vector<int>& coins, int amount) {
    std::vector<int> dist(static_cast<std::size_t>(amount) + 1, -1);
    std::deque<int> frontier{0};
    dist[0] = 0;
    while (!frontier.empty()) {
        const int a = frontier.front();
        frontier.pop_front();
        for (int c : coins) {
            if (c <= amount - a && dist[a + c] == -1) {
                dist[a + c] = dist[a] + 1;
                frontier.push_back(a + c);
            }
        }
    }
    return dist[amount];
}
}  // namespace

int main() {
    int failures = 0;
    if (coinChange({1, 2, 5}, 11) != 3) ++failures;
    if (coinChange({2}, 3) != -1) ++failures;
    if (coinChange({1, 3, 4}, 6) != 2) ++failures;
    if (coinChange({7}, 0) != 0) ++failures;
    if (coinChange({INT_MAX}, 2) != -1) ++failures;
    if (coinChange({INT_MAX, 3}, 10000) != -1) ++failures;
    unsigned state = 5;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 300; ++round) {
        std::vector<int> coins(static_cast<std::size_t>(1 + next(5)));
        for (int& c : coins) c = 1 + next(39);
        const int amount = next(201);
        if (coinChange(coins, amount) != reference(coins, amount)) {
            std::cerr << "random round " << round << " disagrees with BFS\n";
            ++failures;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-coin-change: all checks passed\n";
    return 0;
}
