// Checks the C++ solution printed in content/questions/coding/code-insert-delete-getrandom.md.
#include SOLUTION_HEADER

#include <iostream>
#include <map>
#include <set>
#include <stdexcept>

namespace {
int failures = 0;

void expect(bool ok, const char* what, int line) {
    if (!ok) {
        std::cerr << "line " << line << ": check failed: " << what << '\n';
        ++failures;
    }
}
}  // namespace

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    {  // the worked example
        RandomizedSet set(42);
        EXPECT(set.insert(4));
        EXPECT(!set.insert(4));
        EXPECT(set.insert(9));
        const int pick = set.getRandom();
        EXPECT(pick == 4 || pick == 9);
        EXPECT(set.remove(4));
        EXPECT(!set.remove(4));
        EXPECT(set.getRandom() == 9);
        EXPECT(set.size() == 1);
    }
    {  // removing the only / the last element, then reuse
        RandomizedSet set(1);
        EXPECT(!set.remove(7));
        EXPECT(set.insert(7));
        EXPECT(set.remove(7));
        EXPECT(set.size() == 0);
        EXPECT(set.insert(7));
        EXPECT(set.insert(8));
        EXPECT(set.remove(8));  // 8 is the last element
        EXPECT(set.getRandom() == 7);
        EXPECT(set.insert(-5));
        EXPECT(set.remove(7));  // swap -5 into slot 0
        EXPECT(set.getRandom() == -5);
    }
    {  // empty set throws
        RandomizedSet set(3);
        bool threw = false;
        try {
            set.getRandom();
        } catch (const std::out_of_range&) {
            threw = true;
        }
        EXPECT(threw);
    }
    {  // random operations against std::set, plus membership of every pick
        RandomizedSet set(2024);
        std::set<int> model;
        unsigned state = 99;
        for (int step = 0; step < 30000; ++step) {
            state = state * 1664525u + 1013904223u;
            const int value = static_cast<int>((state >> 10) % 200) - 100;
            const unsigned op = (state >> 24) % 3;
            if (op == 0) {
                EXPECT(set.insert(value) == model.insert(value).second);
            } else if (op == 1) {
                EXPECT(set.remove(value) == (model.erase(value) == 1));
            } else if (!model.empty()) {
                EXPECT(model.count(set.getRandom()) == 1);
            }
            if (set.size() != model.size()) {
                std::cerr << "size diverged at step " << step << '\n';
                ++failures;
                break;
            }
        }
    }
    {  // uniformity: 5 values, 50000 picks, each count within 10% of 10000
        RandomizedSet set(7);
        for (int v = 1; v <= 6; ++v) {
            set.insert(v * 10);
        }
        set.remove(30);  // exercise the swap before sampling
        std::map<int, int> counts;
        for (int i = 0; i < 50000; ++i) {
            ++counts[set.getRandom()];
        }
        EXPECT(counts.size() == 5);
        EXPECT(counts.count(30) == 0);
        for (const auto& [value, count] : counts) {
            if (count < 9000 || count > 11000) {
                std::cerr << "value " << value << " picked " << count << " times\n";
                ++failures;
            }
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-insert-delete-getrandom: all checks passed\n";
    return 0;
}
