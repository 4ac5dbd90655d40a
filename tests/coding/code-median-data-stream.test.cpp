// Checks the C++ solution printed in content/questions/coding/code-median-data-stream.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <climits>
#include <cmath>
#include <iostream>
#include <stdexcept>
#include <vector>

namespace {
int failures = 0;

void expectNear(double actual, double expected, const char* what, int line) {
    if (std::fabs(actual - expected) > 1e-9) {
        std::cerr << "line " << line << ": " << what << ": expected " << expected << ", got "
                  << actual << '\n';
        ++failures;
    }
}

double referenceMedian(std::vector<int> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    if (n % 2 == 1) {
        return values[n / 2];
    }
    return (static_cast<double>(values[n / 2 - 1]) + values[n / 2]) / 2.0;
}
}  // namespace

#define EXPECT_NEAR(actual, expected) expectNear((actual), (expected), #actual, __LINE__)

int main() {
    {  // worked example
        MedianFinder finder;
        finder.add(5);
        EXPECT_NEAR(finder.median(), 5.0);
        finder.add(15);
        EXPECT_NEAR(finder.median(), 10.0);
        finder.add(1);
        EXPECT_NEAR(finder.median(), 5.0);
        finder.add(3);
        EXPECT_NEAR(finder.median(), 4.0);
    }
    {  // duplicates and negatives
        MedianFinder finder;
        for (int i = 0; i < 3; ++i) {
            finder.add(-2);
        }
        EXPECT_NEAR(finder.median(), -2.0);
        finder.add(-7);
        EXPECT_NEAR(finder.median(), -2.0);
    }
    {  // empty stream throws
        MedianFinder finder;
        bool threw = false;
        try {
            finder.median();
        } catch (const std::logic_error&) {
            threw = true;
        }
        if (!threw) {
            std::cerr << "median() of an empty stream should throw\n";
            ++failures;
        }
    }
    {  // no overflow near INT_MAX
        MedianFinder finder;
        finder.add(INT_MAX);
        finder.add(INT_MAX - 2);
        EXPECT_NEAR(finder.median(), static_cast<double>(INT_MAX) - 1.0);
        MedianFinder low;
        low.add(INT_MIN);
        low.add(INT_MIN);
        EXPECT_NEAR(low.median(), static_cast<double>(INT_MIN));
    }
    {  // ascending, descending and pseudo-random streams against sorting
        for (int pattern = 0; pattern < 3; ++pattern) {
            MedianFinder finder;
            std::vector<int> seen;
            unsigned state = 17u + static_cast<unsigned>(pattern);
            for (int i = 0; i < 2000; ++i) {
                state = state * 1103515245u + 12345u;
                int value = pattern == 0 ? i : pattern == 1 ? -i
                                                            : static_cast<int>((state >> 8) % 1000) - 500;
                finder.add(value);
                seen.push_back(value);
                if (std::fabs(finder.median() - referenceMedian(seen)) > 1e-9) {
                    std::cerr << "pattern " << pattern << " diverged after " << seen.size()
                              << " values\n";
                    ++failures;
                    break;
                }
            }
            if (finder.size() != seen.size()) {
                std::cerr << "size mismatch\n";
                ++failures;
            }
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-median-data-stream: all checks passed\n";
    return 0;
}
