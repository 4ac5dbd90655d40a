// Checks the C++ solution printed in content/questions/coding/code-time-based-kv-store.md.
#include SOLUTION_HEADER

#include <iostream>
#include <string>
#include <tuple>
#include <vector>

int main() {
    int failures = 0;
    TimeMap t;
    t.set("foo", "bar", 1);
    if (t.get("foo", 1) != "bar" || t.get("foo", 3) != "bar") ++failures;
    t.set("foo", "bar2", 4);
    if (t.get("foo", 4) != "bar2" || t.get("foo", 3) != "bar" || t.get("foo", 0) != "") ++failures;
    if (t.get("missing", 10) != "") ++failures;

    // Random writes with increasing timestamps, checked against a scan of every version.
    unsigned state = 20;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 100 && failures == 0; ++round) {
        TimeMap store;
        std::vector<std::tuple<std::string, int, std::string>> log;
        int now = 0;
        for (int step = 0; step < 60; ++step) {
            const std::string key(1, static_cast<char>('a' + next(2)));
            if (next(2) == 0) {
                now += 1 + next(3);
                const std::string value = std::to_string(next(100));
                store.set(key, value, now);
                log.emplace_back(key, now, value);
            } else {
                const int at = next(static_cast<unsigned>(now + 3));
                std::string expected;
                for (const auto& [k, ts, v] : log)
                    if (k == key && ts <= at) expected = v;
                if (store.get(key, at) != expected) {
                    std::cerr << "random round " << round << " disagrees with a scan\n";
                    ++failures;
                    break;
                }
            }
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-time-based-kv-store: all checks passed\n";
    return 0;
}
