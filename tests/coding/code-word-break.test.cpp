// Checks the C++ solution printed in content/questions/coding/code-word-break.md.
#include SOLUTION_HEADER

#include <iostream>
#include <set>
#include <string>
#include <vector>

namespace {
// Plain recursion over the first piece (fine for short strings).
bool reference(const std::string& s, const std::vector<std::string>& words) {
    if (s.empty()) return true;
    for (const std::string& w : words) {
        if (s.compare(0, w.size(), w) == 0 && w.size() <= s.size() && reference(s.substr(w.size()), words))
            return true;
    }
    return false;
}
}  // namespace

int main() {
    int failures = 0;
    if (!wordBreak("carpetrol", {"carpet", "car", "petrol"})) ++failures;
    if (wordBreak("cloudwatcher", {"cloud", "watch", "cloudwatch", "her"})) ++failures;
    std::vector<std::string> as;
    for (int k = 1; k <= 20; ++k) as.push_back(std::string(static_cast<std::size_t>(k), 'a'));
    if (wordBreak(std::string(299, 'a') + "b", as)) ++failures;

    unsigned state = 3;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return (state >> 8) % bound;
    };
    for (int round = 0; round < 500; ++round) {
        std::set<std::string> unique;
        const unsigned count = 1 + next(4);
        for (unsigned i = 0; i < count; ++i) {
            std::string w;
            for (unsigned len = 1 + next(3); len > 0; --len) w += static_cast<char>('a' + next(2));
            unique.insert(w);
        }
        const std::vector<std::string> words(unique.begin(), unique.end());
        std::string s;
        for (unsigned len = 1 + next(12); len > 0; --len) s += static_cast<char>('a' + next(2));
        if (wordBreak(s, words) != reference(s, words)) {
            std::cerr << "random round " << round << " disagrees on " << s << '\n';
            ++failures;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-word-break: all checks passed\n";
    return 0;
}
