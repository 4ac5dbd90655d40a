// Checks the C++ solution printed in content/questions/coding/code-cheapest-flights-k-stops.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <functional>
#include <iostream>
#include <vector>

namespace {
int failures = 0;
using Flights = std::vector<std::vector<int>>;

// Reference: try every route of at most k + 1 flights.
int byRoutes(const Flights& flights, int src, int dst, int k) {
    const int none = 1 << 30;
    int best = none;
    std::function<void(int, int, int)> walk = [&](int city, int spent, int used) {
        if (city == dst) {
            best = std::min(best, spent);
        }
        if (used == k + 1) {
            return;
        }
        for (const auto& f : flights) {
            if (f[0] == city) {
                walk(f[1], spent + f[2], used + 1);
            }
        }
    };
    walk(src, 0, 0);
    return best == none ? -1 : best;
}

void check(int n, const Flights& flights, int src, int dst, int k, int expected, const char* name) {
    const int actual = cheapestPrice(n, flights, src, dst, k);
    if (actual != expected) {
        std::cerr << name << ": expected " << expected << ", got " << actual << '\n';
        ++failures;
    }
}
}  // namespace

int main() {
    const Flights f1{{0, 1, 100}, {1, 2, 100}, {2, 0, 100}, {1, 3, 600}, {2, 3, 200}};
    const Flights f2{{0, 1, 100}, {1, 2, 100}, {0, 2, 500}};
    check(4, f1, 0, 3, 1, 700, "worked example");
    check(3, f2, 0, 2, 1, 200, "one stop");
    check(3, f2, 0, 2, 0, 500, "no stops: no chaining within a round");
    check(3, {{0, 1, 100}}, 0, 2, 1, -1, "unreachable");
    check(3, f2, 1, 1, 0, 0, "source is destination");
    {
        Flights chain;
        for (int i = 0; i < 99; ++i) {
            chain.push_back({i, i + 1, 10000});
        }
        check(100, chain, 0, 99, 98, 990000, "long chain within the limit");
        check(100, chain, 0, 99, 97, -1, "long chain one stop short");
    }
    unsigned state = 77;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 300 && failures == 0; ++round) {
        const int n = 1 + next(6);
        Flights flights;
        for (int a = 0; a < n; ++a) {
            for (int b = 0; b < n; ++b) {
                if (a != b && next(2) == 0) {
                    flights.push_back({a, b, 1 + next(20)});
                }
            }
        }
        const int src = next(static_cast<unsigned>(n));
        const int dst = next(static_cast<unsigned>(n));
        const int k = next(static_cast<unsigned>(n));
        check(n, flights, src, dst, k, byRoutes(flights, src, dst, k), "random flights");
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-cheapest-flights-k-stops: all checks passed\n";
    return 0;
}
