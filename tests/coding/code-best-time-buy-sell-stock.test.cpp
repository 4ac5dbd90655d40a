// Checks the C++ solution printed in content/questions/coding/code-best-time-buy-sell-stock.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <vector>

namespace {
int failures = 0;

int reference(const std::vector<int>& prices) {
    int best = 0;
    for (std::size_t i = 0; i < prices.size(); ++i)
        for (std::size_t j = i + 1; j < prices.size(); ++j) best = std::max(best, prices[j] - prices[i]);
    return best;
}

void check(const std::vector<int>& prices, int expected, const char* name) {
    const int actual = maxProfit(prices);
    if (actual != expected) {
        std::cerr << name << ": got " << actual << ", expected " << expected << '\n';
        ++failures;
    }
}
}  // namespace

int main() {
    check({7, 1, 5, 3, 6, 4}, 5, "worked example");
    check({7, 6, 4, 3, 1}, 0, "falling prices");
    check({2, 4, 1}, 2, "minimum on the last day");
    check({5}, 0, "one day");
    check({}, 0, "no days");

    unsigned state = 2;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 1000; ++round) {
        std::vector<int> prices(static_cast<std::size_t>(next(10)));
        for (int& p : prices) p = next(21);
        if (maxProfit(prices) != reference(prices)) {
            std::cerr << "random round " << round << " disagrees with brute force\n";
            ++failures;
            break;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-best-time-buy-sell-stock: all checks passed\n";
    return 0;
}
