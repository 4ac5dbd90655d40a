// Checks the C++ solution printed in content/questions/coding/code-word-search.md.
#include SOLUTION_HEADER

#include <functional>
#include <iostream>
#include <string>
#include <vector>

namespace {
int failures = 0;

// Plain search with a visited bitmask and no pruning.
bool reference(const std::vector<std::string>& board, const std::string& word) {
    const int rows = static_cast<int>(board.size());
    const int cols = static_cast<int>(board[0].size());
    std::function<bool(int, int, std::size_t, unsigned)> go = [&](int r, int c, std::size_t k,
                                                                  unsigned used) {
        if (r < 0 || r >= rows || c < 0 || c >= cols || ((used >> (r * cols + c)) & 1u) != 0) {
            return false;
        }
        if (board[r][c] != word[k]) {
            return false;
        }
        if (k + 1 == word.size()) {
            return true;
        }
        used |= 1u << (r * cols + c);
        return go(r + 1, c, k + 1, used) || go(r - 1, c, k + 1, used) ||
               go(r, c + 1, k + 1, used) || go(r, c - 1, k + 1, used);
    };
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) {
            if (go(r, c, 0, 0)) {
                return true;
            }
        }
    }
    return false;
}

void check(const std::vector<std::string>& board, const std::string& word, bool expected,
           const char* name) {
    if (wordExists(board, word) != expected) {
        std::cerr << name << ": expected " << expected << " for \"" << word << "\"\n";
        ++failures;
    }
}
}  // namespace

int main() {
    const std::vector<std::string> b{"ABCE", "SFCS", "ADEE"};
    check(b, "ABCCED", true, "worked example");
    check(b, "SEE", true, "second example");
    check(b, "ABCB", false, "reuse needed");
    check({"A"}, "A", true, "one cell");
    check({"A"}, "AA", false, "word longer than board");
    check({"AB", "CD"}, "AD", false, "diagonal");
    check({"AB"}, "ABA", false, "no cell reuse");
    check({"aA"}, "AA", false, "case-sensitive");
    check(std::vector<std::string>(6, "AAAAAA"), std::string(15, 'A'), true, "all A");
    check(std::vector<std::string>(6, "AAAAAA"), std::string(14, 'A') + "B", false, "missing letter");

    unsigned state = 11;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 400 && failures == 0; ++round) {
        const int rows = 1 + next(4);
        const int cols = 1 + next(4);
        std::vector<std::string> board(static_cast<std::size_t>(rows));
        for (auto& row : board) {
            for (int c = 0; c < cols; ++c) {
                row += static_cast<char>('A' + next(3));
            }
        }
        std::string word;
        const int length = 1 + next(7);
        for (int i = 0; i < length; ++i) {
            word += static_cast<char>('A' + next(3));
        }
        check(board, word, reference(board, word), "random board");
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-word-search: all checks passed\n";
    return 0;
}
