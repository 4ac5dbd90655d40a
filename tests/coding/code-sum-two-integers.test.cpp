// Checks the C++ solution printed in content/questions/coding/code-sum-two-integers.md.
#include SOLUTION_HEADER

#include <climits>
#include <cstdint>
#include <iostream>

int main() {
    int failures = 0;
    auto check = [&failures](int a, int b, int expected) {
        const int actual = addWithoutPlus(a, b);
        if (actual != expected) {
            std::cerr << a << " + " << b << ": expected " << expected << ", got " << actual << '\n';
            ++failures;
        }
    };
    check(1, 2, 3);
    check(2, 3, 5);
    check(-1, 1, 0);
    check(-5, -7, -12);
    check(0, 0, 0);
    check(INT_MAX, INT_MIN, -1);
    check(INT_MAX - 1, 1, INT_MAX);
    check(INT_MIN + 1, -1, INT_MIN);
    for (int a = -40; a <= 40; ++a) {
        for (int b = -40; b <= 40; ++b) {
            check(a, b, a + b);
        }
    }
    std::uint64_t state = 88;
    auto next32 = [&state]() {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::int32_t>(static_cast<std::uint32_t>(state >> 32));
    };
    for (int round = 0; round < 3000 && failures == 0; ++round) {
        const std::int64_t a = next32();
        const std::int64_t b = next32() / 2;
        const std::int64_t sum = a + b;
        if (sum >= INT_MIN && sum <= INT_MAX) {
            check(static_cast<int>(a), static_cast<int>(b), static_cast<int>(sum));
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-sum-two-integers: all checks passed\n";
    return 0;
}
