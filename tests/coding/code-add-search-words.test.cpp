// Checks the C++ solution printed in content/questions/coding/code-add-search-words.md.
#include SOLUTION_HEADER

#include <iostream>
#include <string>
#include <vector>

namespace {
int failures = 0;

bool reference(const std::vector<std::string>& words, const std::string& pattern) {
    for (const std::string& w : words) {
        if (w.size() != pattern.size()) continue;
        bool ok = true;
        for (std::size_t i = 0; i < w.size() && ok; ++i) ok = pattern[i] == '.' || pattern[i] == w[i];
        if (ok) return true;
    }
    return false;
}

unsigned state = 377;
int nextInt(int low, int high) {
    state = state * 1103515245u + 12345u;
    return low + static_cast<int>((state >> 8) % static_cast<unsigned>(high - low + 1));
}

std::string randomText(const char* alphabet, int alphabetSize) {
    std::string out;
    for (int i = nextInt(1, 5); i > 0; --i) out += alphabet[nextInt(0, alphabetSize - 1)];
    return out;
}
}  // namespace

int main() {
    {
        WordDictionary d;
        if (d.search("a") || d.search(".")) {
            std::cerr << "empty dictionary matched\n";
            ++failures;
        }
        d.addWord("bad");
        d.addWord("dad");
        d.addWord("mad");
        if (!d.search(".ad") || !d.search("b..") || d.search("pad") || d.search("....")) {
            std::cerr << "worked example\n";
            ++failures;
        }
    }
    for (int round = 0; round < 200; ++round) {
        WordDictionary d;
        std::vector<std::string> words;
        for (int step = nextInt(0, 29); step > 0; --step) {
            if (nextInt(0, 1) == 0) {
                words.push_back(randomText("abc", 3));
                d.addWord(words.back());
            } else {
                const std::string pattern = randomText("abc.", 4);
                if (d.search(pattern) != reference(words, pattern)) {
                    std::cerr << "pattern " << pattern << ": wrong answer\n";
                    ++failures;
                }
            }
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-add-search-words: all checks passed\n";
    return 0;
}
