// Checks the C++ class design printed in content/questions/ood/ood-strategy-pattern.md.
#include SOLUTION_HEADER

#include <iostream>
#include <memory>
#include <vector>

namespace {
int failures = 0;

void expect(bool ok, const char* what, int line) {
    if (!ok) {
        std::cerr << "line " << line << ": check failed: " << what << '\n';
        ++failures;
    }
}
using Delays = std::vector<std::int64_t>;
}  // namespace

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    {
        FixedBackoff fixed(250);
        EXPECT(fixed.delayMs(1) == 250 && fixed.delayMs(10) == 250);
        ExponentialBackoff exp(100, 1000);
        EXPECT(exp.delayMs(1) == 100);
        EXPECT(exp.delayMs(2) == 200);
        EXPECT(exp.delayMs(3) == 400);
        EXPECT(exp.delayMs(4) == 800);
        EXPECT(exp.delayMs(5) == 1000);
        EXPECT(exp.delayMs(1000000) == 1000);  // capped, no overflow
        FullJitterBackoff jitter(100, 1000, 42);
        bool sawDifferent = false;
        std::int64_t previous = -1;
        for (int attempt = 1; attempt <= 200; ++attempt) {
            const std::int64_t d = jitter.delayMs(attempt);
            const std::int64_t ceiling = attempt >= 5 ? 1000 : (100LL << (attempt - 1));
            EXPECT(d >= 0 && d <= ceiling);
            if (previous >= 0 && d != previous) sawDifferent = true;
            previous = d;
        }
        EXPECT(sawDifferent);
    }
    {  // context: succeeds on the third attempt, records the waits
        Delays waits;
        RetryingCaller caller(std::make_unique<ExponentialBackoff>(100, 10000), 5,
                              [&waits](std::int64_t ms) { waits.push_back(ms); });
        int calls = 0;
        EXPECT(caller.call([&calls] { return ++calls == 3; }) == 3);
        EXPECT((waits == Delays{100, 200}));
        // never succeeds: 4 waits for 5 attempts
        waits.clear();
        calls = 0;
        EXPECT(caller.call([&calls] { ++calls; return false; }) == -1);
        EXPECT(calls == 5);
        EXPECT((waits == Delays{100, 200, 400, 800}));
        // swap the strategy at runtime
        caller.setPolicy(std::make_unique<FixedBackoff>(7));
        waits.clear();
        calls = 0;
        EXPECT(caller.call([&calls] { return ++calls == 2; }) == 2);
        EXPECT((waits == Delays{7}));
        // immediate success: no waiting at all
        waits.clear();
        EXPECT(caller.call([] { return true; }) == 1);
        EXPECT(waits.empty());
    }
    {
        bool threw = false;
        try {
            RetryingCaller bad(nullptr, 3, [](std::int64_t) {});
        } catch (const std::invalid_argument&) {
            threw = true;
        }
        EXPECT(threw);
        threw = false;
        try {
            RetryingCaller bad(std::make_unique<FixedBackoff>(1), 0, [](std::int64_t) {});
        } catch (const std::invalid_argument&) {
            threw = true;
        }
        EXPECT(threw);
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-strategy-pattern: all checks passed\n";
    return 0;
}
