// Checks the C++ solution printed in content/questions/coding/code-bounded-blocking-queue.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <atomic>
#include <iostream>
#include <numeric>
#include <stdexcept>
#include <thread>
#include <vector>

int main() {
    int failures = 0;
    {  // single-threaded edge behaviour
        BoundedBlockingQueue q(2);
        if (!q.offer(1) || !q.offer(2) || q.offer(3) || q.size() != 2) ++failures;
        if (q.dequeue() != 1 || !q.offer(4) || q.dequeue() != 2 || q.dequeue() != 4) ++failures;
        bool rejected = false;
        try {
            BoundedBlockingQueue bad(0);
        } catch (const std::invalid_argument&) {
            rejected = true;
        }
        if (!rejected) ++failures;
    }
    struct Setup {
        int capacity, producers, consumers, perProducer;
    };
    for (const Setup& s : {Setup{1, 5, 5, 2000}, Setup{3, 2, 7, 2100}, Setup{8, 6, 2, 1500}}) {
        BoundedBlockingQueue q(s.capacity);
        const int total = s.producers * s.perProducer;
        std::vector<std::vector<int>> taken(static_cast<std::size_t>(s.consumers));
        std::atomic<std::size_t> worst{0};
        std::vector<std::thread> threads;
        for (int c = 0; c < s.consumers; ++c) {
            const int share = total / s.consumers + (c < total % s.consumers ? 1 : 0);
            threads.emplace_back([&, c, share] {
                for (int i = 0; i < share; ++i) {
                    taken[static_cast<std::size_t>(c)].push_back(q.dequeue());
                    std::size_t seen = q.size();
                    std::size_t prev = worst.load();
                    while (seen > prev && !worst.compare_exchange_weak(prev, seen)) {
                    }
                }
            });
        }
        for (int p = 0; p < s.producers; ++p) {
            threads.emplace_back([&, p] {
                for (int i = 0; i < s.perProducer; ++i) q.enqueue(p * s.perProducer + i);
            });
        }
        for (std::thread& t : threads) t.join();
        std::vector<int> all;
        for (const auto& part : taken) all.insert(all.end(), part.begin(), part.end());
        std::sort(all.begin(), all.end());
        std::vector<int> expected(static_cast<std::size_t>(total));
        std::iota(expected.begin(), expected.end(), 0);
        if (all != expected || worst.load() > static_cast<std::size_t>(s.capacity) || q.size() != 0) {
            std::cerr << "stress with capacity " << s.capacity << " failed\n";
            ++failures;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-bounded-blocking-queue: all checks passed\n";
    return 0;
}
