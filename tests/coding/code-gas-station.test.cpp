// Checks the C++ solution printed in content/questions/coding/code-gas-station.md.
#include SOLUTION_HEADER

#include <iostream>
#include <vector>

namespace {
// True when a full lap from `start` never runs dry.
bool lapWorks(const std::vector<int>& gas, const std::vector<int>& cost, std::size_t start) {
    long long tank = 0;
    for (std::size_t k = 0; k < gas.size(); ++k) {
        const std::size_t i = (start + k) % gas.size();
        tank += gas[i] - cost[i];
        if (tank < 0) return false;
    }
    return true;
}
}  // namespace

int main() {
    int failures = 0;
    if (canCompleteCircuit({1, 2, 3, 4, 5}, {3, 4, 5, 1, 2}) != 3) ++failures;
    if (canCompleteCircuit({2, 3, 4}, {3, 4, 3}) != -1) ++failures;
    unsigned state = 23;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 1000; ++round) {
        const std::size_t n = static_cast<std::size_t>(1 + next(8));
        std::vector<int> gas(n), cost(n);
        for (std::size_t i = 0; i < n; ++i) {
            gas[i] = next(6);
            cost[i] = next(6);
        }
        bool any = false;
        for (std::size_t s = 0; s < n; ++s) any = any || lapWorks(gas, cost, s);
        const int got = canCompleteCircuit(gas, cost);
        const bool ok = any ? (got >= 0 && lapWorks(gas, cost, static_cast<std::size_t>(got))) : got == -1;
        if (!ok) {
            std::cerr << "random round " << round << " disagrees with simulation\n";
            ++failures;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-gas-station: all checks passed\n";
    return 0;
}
