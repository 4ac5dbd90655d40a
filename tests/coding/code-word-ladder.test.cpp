// Checks the C++ solution printed in content/questions/coding/code-word-ladder.md.
#include SOLUTION_HEADER

#include <iostream>
#include <map>
#include <queue>
#include <string>
#include <vector>

namespace {
int failures = 0;
using Words = std::vector<std::string>;

// BFS over an explicit graph built by comparing every pair of words.
int reference(const std::string& start, const std::string& target, const Words& dictionary) {
    auto adjacent = [](const std::string& a, const std::string& b) {
        int differ = 0;
        for (std::size_t i = 0; i < a.size(); ++i) {
            differ += a[i] != b[i] ? 1 : 0;
        }
        return differ == 1;
    };
    bool present = false;
    for (const auto& w : dictionary) {
        present = present || w == target;
    }
    if (!present) {
        return 0;
    }
    std::map<std::string, int> dist{{start, 1}};
    std::queue<std::string> queue;
    queue.push(start);
    while (!queue.empty()) {
        const std::string word = queue.front();
        queue.pop();
        for (const auto& other : dictionary) {
            if (dist.count(other) == 0 && adjacent(word, other)) {
                dist[other] = dist[word] + 1;
                queue.push(other);
            }
        }
    }
    return dist.count(target) != 0 ? dist[target] : 0;
}

void check(const std::string& start, const std::string& target, const Words& dictionary, int expected,
           const char* name) {
    const int actual = ladderLength(start, target, dictionary);
    if (actual != expected) {
        std::cerr << name << ": expected " << expected << ", got " << actual << '\n';
        ++failures;
    }
}
}  // namespace

int main() {
    const Words d{"hot", "dot", "dog", "lot", "log", "cog"};
    check("hit", "cog", d, 5, "worked example");
    check("hit", "cog", {"hot", "dot", "dog", "lot", "log"}, 0, "target missing");
    check("a", "c", {"a", "b", "c"}, 2, "one letter");
    check("hot", "dog", {"hot", "dog"}, 0, "no path");
    check("lost", "cost", {"most", "fist", "lost", "cost", "fish"}, 2, "start not in dictionary");
    {
        Words words;
        for (char a = 'a'; a <= 'e'; ++a) {
            for (char b = 'a'; b <= 'e'; ++b) {
                for (char c = 'a'; c <= 'e'; ++c) {
                    words.push_back(std::string{a, b, c});
                }
            }
        }
        check("aaa", "eee", words, 4, "all 125 words");
    }
    unsigned state = 41;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    auto randomWord = [&](int length) {
        std::string w;
        for (int i = 0; i < length; ++i) {
            w += static_cast<char>('a' + next(3));
        }
        return w;
    };
    for (int round = 0; round < 300 && failures == 0; ++round) {
        const int length = 1 + next(3);
        Words dictionary;
        const int n = 1 + next(15);
        for (int i = 0; i < n; ++i) {
            const std::string w = randomWord(length);
            bool seen = false;
            for (const auto& x : dictionary) {
                seen = seen || x == w;
            }
            if (!seen) {
                dictionary.push_back(w);
            }
        }
        const std::string start = randomWord(length);
        const std::string target = dictionary[static_cast<std::size_t>(next(static_cast<unsigned>(dictionary.size())))];
        if (start != target) {
            check(start, target, dictionary, reference(start, target, dictionary), "random dictionary");
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-word-ladder: all checks passed\n";
    return 0;
}
