// Checks the C++ solution printed in content/questions/coding/code-koko-eating-bananas.md.
#include SOLUTION_HEADER

#include <iostream>
#include <vector>

namespace {
int failures = 0;

// Brute force: the first speed whose hours fit.
int reference(const std::vector<int>& piles, int h) {
    for (int k = 1;; ++k) {
        long long hours = 0;
        for (int pile : piles) hours += (pile + k - 1) / k;
        if (hours <= h) return k;
    }
}

void check(const std::vector<int>& piles, int h, int expected, const char* name) {
    const int actual = minEatingSpeed(piles, h);
    if (actual != expected) {
        std::cerr << name << ": got " << actual << ", expected " << expected << '\n';
        ++failures;
    }
}
}  // namespace

int main() {
    check({3, 6, 7, 11}, 8, 4, "worked example");
    check({30, 11, 23, 4, 20}, 5, 30, "one hour per pile");
    check({30, 11, 23, 4, 20}, 6, 23, "one spare hour");
    check({1000000000, 1000000000}, 3, 1000000000, "ceil near INT_MAX");
    check(std::vector<int>(10000, 1000000000), 1000000000, 10000, "hours beyond 32 bits");

    unsigned state = 19;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 500; ++round) {
        std::vector<int> piles(static_cast<std::size_t>(1 + next(6)));
        int total = 0;
        for (int& pile : piles) total += pile = 1 + next(30);
        const int n = static_cast<int>(piles.size());
        const int h = n + next(static_cast<unsigned>(3 * total - n + 1));
        if (minEatingSpeed(piles, h) != reference(piles, h)) {
            std::cerr << "random round " << round << " disagrees with brute force\n";
            ++failures;
            break;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-koko-eating-bananas: all checks passed\n";
    return 0;
}
