// Checks the C++ solution printed in content/questions/coding/code-trie-prefix-search.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <set>
#include <string>
#include <vector>

namespace {
int failures = 0;

void expect(bool ok, const char* what, int line) {
    if (!ok) {
        std::cerr << "line " << line << ": check failed: " << what << '\n';
        ++failures;
    }
}
using Words = std::vector<std::string>;
}  // namespace

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    {
        Trie trie;
        for (const char* w : {"car", "card", "care", "cat", "dog"}) trie.insert(w);
        EXPECT(trie.contains("car"));
        EXPECT(!trie.contains("ca"));
        EXPECT(trie.hasPrefix("ca"));
        EXPECT(!trie.hasPrefix("cow"));
        EXPECT((trie.complete("car", 10) == Words{"car", "card", "care"}));
        EXPECT((trie.complete("c", 2) == Words{"car", "card"}));
        EXPECT((trie.complete("", 10) == Words{"car", "card", "care", "cat", "dog"}));
        EXPECT(trie.complete("x", 10).empty());
        EXPECT(trie.complete("car", 0).empty());
        EXPECT(!trie.contains(""));
        EXPECT(trie.hasPrefix(""));
        trie.insert("car");  // duplicate
        EXPECT((trie.complete("car", 10) == Words{"car", "card", "care"}));
        trie.insert("");
        EXPECT(trie.contains(""));
        EXPECT(trie.complete("", 1) == Words{""});
        EXPECT(!trie.contains("cards"));
        EXPECT(!trie.hasPrefix("cards"));
    }
    {
        // Byte order, as the problem states: UTF-8 letters (bytes 0x80 and up) after 'z'.
        Trie trie;
        for (const char* w : {"\xc3\xa9lan", "zebra", "apple"}) trie.insert(w);
        EXPECT((trie.complete("", 10) == Words{"apple", "zebra", "\xc3\xa9lan"}));
    }
    {  // mixed characters and a long word
        Trie trie;
        trie.insert("Car");
        trie.insert("car-2");
        trie.insert(std::string(50000, 'z'));
        EXPECT(trie.contains("Car") && !trie.contains("car"));
        EXPECT(trie.hasPrefix("car-"));
        EXPECT(trie.contains(std::string(50000, 'z')));
        EXPECT(trie.complete("zzz", 5).size() == 1);
    }
    {  // random words against std::set
        Trie trie;
        std::set<std::string> model;
        unsigned state = 3;
        auto next = [&state](unsigned bound) {
            state = state * 1103515245u + 12345u;
            return (state >> 8) % bound;
        };
        for (int i = 0; i < 3000; ++i) {
            std::string w;
            const unsigned len = next(7);
            for (unsigned j = 0; j < len; ++j) w += static_cast<char>('a' + next(4));
            trie.insert(w);
            model.insert(w);
        }
        for (int q = 0; q < 500; ++q) {
            std::string p;
            const unsigned len = next(5);
            for (unsigned j = 0; j < len; ++j) p += static_cast<char>('a' + next(4));
            const std::size_t limit = next(20);
            Words want;
            bool anyPrefix = false;
            for (auto it = model.lower_bound(p); it != model.end() && it->compare(0, p.size(), p) == 0;
                 ++it) {
                anyPrefix = true;
                if (want.size() < limit) want.push_back(*it);
            }
            if (trie.contains(p) != (model.count(p) == 1) || trie.hasPrefix(p) != anyPrefix ||
                trie.complete(p, limit) != want) {
                std::cerr << "random query \"" << p << "\" disagrees with std::set\n";
                ++failures;
                break;
            }
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-trie-prefix-search: all checks passed\n";
    return 0;
}
