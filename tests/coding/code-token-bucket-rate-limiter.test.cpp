// Checks the C++ solution printed in content/questions/coding/code-token-bucket-rate-limiter.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <atomic>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {
// Token buckets in exact rationals: tokens are kept as numerator over 1000.
class Reference {
public:
    Reference(long long capacity, long long rate) : capacity_(capacity), rate_(rate) {}
    bool allow(const std::string& client, long long nowMs) {
        auto it = buckets_.find(client);
        if (it == buckets_.end()) it = buckets_.emplace(client, std::make_pair(capacity_ * 1000, nowMs)).first;
        auto& [thousandths, last] = it->second;
        if (nowMs > last) {
            thousandths = std::min(capacity_ * 1000, thousandths + (nowMs - last) * rate_);
            last = nowMs;
        }
        if (thousandths < 1000) return false;
        thousandths -= 1000;
        return true;
    }

private:
    long long capacity_, rate_;
    std::map<std::string, std::pair<long long, long long>> buckets_;
};
}  // namespace

int main() {
    int failures = 0;
    unsigned state = 47;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<long long>((state >> 8) % bound);
    };
    const long long steps[] = {0, 0, 1, 99, 250, 333, 1000, -50};
    for (int round = 0; round < 300; ++round) {
        const long long capacity = 1 + next(4);
        const long long rate = 1 + next(5);
        RateLimiter limiter(capacity, rate);
        Reference reference(capacity, rate);
        long long now = 0;
        for (int i = 0; i < 60; ++i) {
            now = std::max(0LL, now + steps[next(8)]);
            const std::string client(1, static_cast<char>('a' + next(3)));
            if (limiter.allow(client, now) != reference.allow(client, now)) {
                std::cerr << "round " << round << " step " << i << " disagrees\n";
                ++failures;
                break;
            }
        }
    }
    {
        RateLimiter limiter(1000000, 1000000);
        if (!limiter.allow("a", 0) || !limiter.allow("a", 1000000000000000LL)) ++failures;  // no overflow
    }
    bool rejected = false;
    try {
        RateLimiter bad(0, 1);
    } catch (const std::invalid_argument&) {
        rejected = true;
    }
    if (!rejected) ++failures;

    RateLimiter shared(40, 1);
    std::atomic<int> passed{0};
    std::vector<std::thread> workers;
    for (int t = 0; t < 8; ++t) {
        workers.emplace_back([&shared, &passed] {
            for (int i = 0; i < 500; ++i)
                if (shared.allow("client-" + std::to_string(i % 5), 0)) ++passed;
        });
    }
    for (std::thread& w : workers) w.join();
    if (passed.load() != 5 * 40) {
        std::cerr << "concurrent run let " << passed.load() << " requests through, expected 200\n";
        ++failures;
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-token-bucket-rate-limiter: all checks passed\n";
    return 0;
}
