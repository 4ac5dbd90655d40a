// Checks the C++ template printed in content/questions/coding/pattern-binary-search.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <vector>

int main() {
    const std::vector<int> values{1, 3, 3, 5, 8};
    bool ok = true;
    for (int target = 0; target <= 9; ++target) {
        const int expected = static_cast<int>(std::lower_bound(values.begin(), values.end(), target) - values.begin());
        const int actual = firstTrue(0, static_cast<int>(values.size()) - 1,
                                     [&](int i) { return values[static_cast<std::size_t>(i)] >= target; });
        ok = ok && actual == expected;
    }
    ok = ok && firstTrue(0LL, 2000000000LL, [](long long x) { return x * x >= 1000000000000000LL; }) == 31622777LL;
    if (!ok) {
        std::cerr << "pattern-binary-search: firstTrue is wrong\n";
        return 1;
    }
    std::cout << "pattern-binary-search: all checks passed\n";
    return 0;
}
