// Checks the C++ solution printed in content/questions/coding/code-daily-temperatures.md.
#include SOLUTION_HEADER

#include <iostream>
#include <vector>

namespace {
int failures = 0;

std::vector<int> reference(const std::vector<int>& temps) {
    std::vector<int> out(temps.size(), 0);
    for (std::size_t i = 0; i < temps.size(); ++i)
        for (std::size_t j = i + 1; j < temps.size(); ++j)
            if (temps[j] > temps[i]) {
                out[i] = static_cast<int>(j - i);
                break;
            }
    return out;
}

void check(const std::vector<int>& temps, const std::vector<int>& expected, const char* name) {
    if (dailyTemperatures(temps) != expected) {
        std::cerr << name << ": wrong waits\n";
        ++failures;
    }
}
}  // namespace

int main() {
    check({73, 74, 75, 71, 69, 72, 76, 73}, {1, 1, 4, 2, 1, 1, 0, 0}, "worked example");
    check({60, 50, 40}, {0, 0, 0}, "falling");
    check({70, 70, 71}, {2, 1, 0}, "equal is not warmer");
    check({}, {}, "empty");

    unsigned state = 15;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 1000; ++round) {
        std::vector<int> temps(static_cast<std::size_t>(next(12)));
        for (int& t : temps) t = 30 + next(7);
        if (dailyTemperatures(temps) != reference(temps)) {
            std::cerr << "random round " << round << " disagrees with brute force\n";
            ++failures;
            break;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-daily-temperatures: all checks passed\n";
    return 0;
}
