// Checks the C++ solution printed in content/questions/coding/code-group-anagrams.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {
using Groups = std::vector<std::vector<std::string>>;
int failures = 0;

Groups norm(Groups groups) {
    for (auto& group : groups) std::sort(group.begin(), group.end());
    std::sort(groups.begin(), groups.end());
    return groups;
}

// Brute force: group by the sorted word.
Groups reference(const std::vector<std::string>& words) {
    std::map<std::string, std::vector<std::string>> bySorted;
    for (const auto& word : words) {
        std::string key = word;
        std::sort(key.begin(), key.end());
        bySorted[key].push_back(word);
    }
    Groups groups;
    for (auto& entry : bySorted) groups.push_back(entry.second);
    return norm(groups);
}

void check(const std::vector<std::string>& words, const Groups& expected, const char* name) {
    if (norm(groupAnagrams(words)) != norm(expected)) {
        std::cerr << name << ": wrong groups\n";
        ++failures;
    }
}
}  // namespace

int main() {
    check({"eat", "tea", "tan", "ate", "nat", "bat"}, {{"eat", "tea", "ate"}, {"tan", "nat"}, {"bat"}},
          "worked example");
    check({"ab", "ba", "aab", "abb"}, {{"ab", "ba"}, {"aab"}, {"abb"}}, "counts differ");
    check({}, {}, "empty list");
    check({""}, {{""}}, "empty word");
    check({"a" + std::string(11, 'b'), std::string(11, 'a') + "b"},
          {{"a" + std::string(11, 'b')}, {std::string(11, 'a') + "b"}}, "counts 1,11 and 11,1");
    if (groupAnagrams({"tan", "eat", "nat", "tea"}) != Groups{{"tan", "nat"}, {"eat", "tea"}}) {
        std::cerr << "first-seen order not kept\n";
        ++failures;
    }

    unsigned state = 11;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return (state >> 8) % bound;
    };
    for (int round = 0; round < 400; ++round) {
        std::vector<std::string> words(next(12));
        for (auto& word : words) {
            const unsigned length = next(5);
            for (unsigned i = 0; i < length; ++i) word += static_cast<char>('a' + next(3));
        }
        if (norm(groupAnagrams(words)) != reference(words)) {
            std::cerr << "random round " << round << " disagrees with brute force\n";
            ++failures;
            break;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-group-anagrams: all checks passed\n";
    return 0;
}
