// Checks the C++ solution printed in content/questions/coding/code-pow-x-n.md.
#include SOLUTION_HEADER

#include <climits>
#include <cmath>
#include <iostream>

namespace {
int failures = 0;

void check(double x, int n, double expected, const char* name) {
    const double actual = myPow(x, n);
    const double tolerance = 1e-9 * std::fmax(1.0, std::fabs(expected));
    if (!(std::fabs(actual - expected) <= tolerance)) {
        std::cerr << name << ": " << x << "^" << n << " expected " << expected << ", got " << actual << '\n';
        ++failures;
    }
}
}  // namespace

int main() {
    check(2.0, 10, 1024.0, "worked example");
    check(2.1, 3, 9.261, "fraction");
    check(2.0, -2, 0.25, "negative exponent");
    check(-2.0, 3, -8.0, "negative base, odd exponent");
    check(7.5, 0, 1.0, "zero exponent");
    check(0.0, 5, 0.0, "zero base");
    check(1.0, INT_MIN, 1.0, "most negative exponent");
    check(-1.0, INT_MIN, 1.0, "most negative exponent, base -1");
    check(-1.0, INT_MAX, -1.0, "largest exponent, base -1");
    check(2.0, INT_MIN, 0.0, "underflow to zero");
    check(0.5, -3, 8.0, "reciprocal of a fraction");
    for (int n = -40; n <= 40; ++n) {
        for (double x : {-2.5, -1.1, -0.5, 0.3, 0.9, 1.7, 2.9}) {
            check(x, n, std::pow(x, n), "against std::pow");
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-pow-x-n: all checks passed\n";
    return 0;
}
