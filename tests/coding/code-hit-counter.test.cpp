// Checks the C++ solution printed in content/questions/coding/code-hit-counter.md.
#include SOLUTION_HEADER

#include <iostream>
#include <thread>
#include <vector>

int main() {
    int failures = 0;
    unsigned state = 53;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return (state >> 8) % bound;
    };
    const long long steps[] = {0, 0, 1, 7, 150, 299, 300, 301, 1000};
    for (int round = 0; round < 200; ++round) {
        HitCounter counter;
        std::vector<long long> log;
        long long now = 1;
        for (int i = 0; i < 300; ++i) {
            now += steps[next(9)];
            if (next(10) < 6) {
                counter.hit(now);
                log.push_back(now);
            } else {
                long long expected = 0;
                for (long long t : log) expected += (t > now - 300 && t <= now) ? 1 : 0;
                if (counter.getHits(now) != expected) {
                    std::cerr << "round " << round << ": getHits(" << now << ") wrong\n";
                    ++failures;
                }
            }
        }
    }
    {
        HitCounter counter;
        counter.hit(700);
        counter.hit(400);  // late: must not erase the hit at 700
        if (counter.getHits(700) != 1) ++failures;
    }
    {
        HitCounter counter;
        std::vector<std::thread> workers;
        for (int t = 0; t < 6; ++t) {
            workers.emplace_back([&counter] {
                for (int i = 0; i < 20000; ++i) counter.hit(1 + i % 250);
            });
        }
        for (std::thread& w : workers) w.join();
        if (counter.getHits(250) != 120000) {
            std::cerr << "concurrent hits lost: " << counter.getHits(250) << '\n';
            ++failures;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-hit-counter: all checks passed\n";
    return 0;
}
