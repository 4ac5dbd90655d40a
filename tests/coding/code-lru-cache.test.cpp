// Checks the C++ solution printed in content/questions/coding/code-lru-cache.md.
#include SOLUTION_HEADER

#include <iostream>
#include <list>
#include <utility>

namespace {
int failures = 0;

void expectEq(long long actual, long long expected, const char* what, int line) {
    if (actual != expected) {
        std::cerr << "line " << line << ": " << what << ": expected " << expected << ", got "
                  << actual << '\n';
        ++failures;
    }
}
}  // namespace

#define EXPECT_EQ(actual, expected) expectEq((actual), (expected), #actual, __LINE__)

int main() {
    {  // the worked example, capacity 2
        LRUCache cache(2);
        cache.put(1, 10);
        cache.put(2, 20);
        EXPECT_EQ(cache.get(1), 10);
        cache.put(3, 30);  // evicts 2
        EXPECT_EQ(cache.get(2), -1);
        EXPECT_EQ(cache.get(3), 30);
        cache.put(1, 11);  // overwrite, no eviction
        EXPECT_EQ(static_cast<long long>(cache.size()), 2);
        EXPECT_EQ(cache.get(1), 11);
        EXPECT_EQ(cache.get(3), 30);
        cache.put(4, 40);  // 1 is now least recent
        EXPECT_EQ(cache.get(1), -1);
        EXPECT_EQ(cache.get(3), 30);
        EXPECT_EQ(cache.get(4), 40);
    }
    {  // capacity 1
        LRUCache cache(1);
        cache.put(5, 1);
        cache.put(6, 2);
        EXPECT_EQ(cache.get(5), -1);
        EXPECT_EQ(cache.get(6), 2);
    }
    {  // capacity 0 never stores anything
        LRUCache cache(0);
        cache.put(1, 1);
        EXPECT_EQ(cache.get(1), -1);
        EXPECT_EQ(static_cast<long long>(cache.size()), 0);
    }
    {  // a miss does not reorder; overwrite refreshes recency
        LRUCache cache(2);
        cache.put(1, 1);
        cache.put(2, 2);
        EXPECT_EQ(cache.get(9), -1);
        cache.put(1, 100);  // 1 becomes most recent, 2 least
        cache.put(3, 3);    // evicts 2
        EXPECT_EQ(cache.get(2), -1);
        EXPECT_EQ(cache.get(1), 100);
        EXPECT_EQ(cache.get(3), 3);
    }
    {  // many operations against a simple reference model
        const int capacity = 50;
        LRUCache cache(capacity);
        std::list<std::pair<int, int>> model;  // most recent first
        unsigned state = 12345;
        for (int step = 0; step < 20000; ++step) {
            state = state * 1103515245u + 12345u;
            const int key = static_cast<int>((state >> 16) % 120);
            const bool isPut = ((state >> 8) & 1u) != 0;
            auto it = model.begin();
            while (it != model.end() && it->first != key) {
                ++it;
            }
            if (isPut) {
                if (it != model.end()) {
                    model.erase(it);
                } else if (static_cast<int>(model.size()) == capacity) {
                    model.pop_back();
                }
                model.emplace_front(key, step);
                cache.put(key, step);
            } else {
                int expected = -1;
                if (it != model.end()) {
                    expected = it->second;
                    model.splice(model.begin(), model, it);
                }
                if (cache.get(key) != expected) {
                    std::cerr << "random sequence diverged at step " << step << '\n';
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
    std::cout << "code-lru-cache: all checks passed\n";
    return 0;
}
