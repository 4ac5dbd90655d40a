// Checks the C++ solution printed in content/questions/coding/code-search-suggestions-system.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <set>
#include <string>
#include <vector>

namespace {
int failures = 0;
using Rows = std::vector<std::vector<std::string>>;

Rows reference(std::vector<std::string> products, const std::string& typed) {
    std::sort(products.begin(), products.end());
    Rows out;
    for (std::size_t i = 1; i <= typed.size(); ++i) {
        const std::string prefix = typed.substr(0, i);
        std::vector<std::string> row;
        for (const std::string& p : products) {
            if (row.size() < 3 && p.compare(0, prefix.size(), prefix) == 0) row.push_back(p);
        }
        out.push_back(row);
    }
    return out;
}

void check(const std::vector<std::string>& products, const std::string& typed) {
    if (suggestedProducts(products, typed) != reference(products, typed)) {
        std::cerr << "typed " << typed << ": wrong suggestions\n";
        ++failures;
    }
}

unsigned state = 610;
int nextInt(int low, int high) {
    state = state * 1103515245u + 12345u;
    return low + static_cast<int>((state >> 8) % static_cast<unsigned>(high - low + 1));
}

std::string randomText(int letters, int minLength, int maxLength) {
    std::string out;
    for (int i = nextInt(minLength, maxLength); i > 0; --i) out += static_cast<char>('a' + nextInt(0, letters - 1));
    return out;
}
}  // namespace

int main() {
    check({"mobile", "mouse", "moneypot", "monitor", "mousepad"}, "mouse");
    check({"havana"}, "tatiana");
    check({}, "a");
    for (int round = 0; round < 400; ++round) {
        std::set<std::string> unique;
        for (int i = nextInt(0, 19); i > 0; --i) unique.insert(randomText(3, 1, 5));
        check(std::vector<std::string>(unique.begin(), unique.end()), randomText(4, 1, 6));
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-search-suggestions-system: all checks passed\n";
    return 0;
}
