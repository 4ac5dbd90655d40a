// Checks the C++ solution printed in content/questions/coding/code-partition-labels.md.
#include SOLUTION_HEADER

#include <iostream>
#include <string>
#include <vector>

namespace {
// Cuts at every position where no letter appears on both sides.
std::vector<int> reference(const std::string& s) {
    std::vector<int> sizes;
    std::size_t start = 0;
    for (std::size_t cut = 1; cut <= s.size(); ++cut) {
        bool shared = false;
        for (std::size_t i = 0; i < cut && !shared; ++i)
            shared = s.find(s[i], cut) != std::string::npos;
        if (!shared) {
            sizes.push_back(static_cast<int>(cut - start));
            start = cut;
        }
    }
    return sizes;
}
}  // namespace

int main() {
    int failures = 0;
    if (partitionLabels("ababcbacadefegdehijhklij") != std::vector<int>{9, 7, 8}) ++failures;
    unsigned state = 29;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return (state >> 8) % bound;
    };
    for (int round = 0; round < 500; ++round) {
        const unsigned letters = 1 + next(6);
        std::string s;
        for (unsigned len = 1 + next(20); len > 0; --len) s += static_cast<char>('a' + next(letters));
        if (partitionLabels(s) != reference(s)) {
            std::cerr << "disagrees on " << s << '\n';
            ++failures;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-partition-labels: all checks passed\n";
    return 0;
}
