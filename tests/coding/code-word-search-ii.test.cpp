// Checks the C++ solution printed in content/questions/coding/code-word-search-ii.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <set>
#include <string>
#include <vector>

namespace {
int failures = 0;
using Board = std::vector<std::string>;

// Brute force: backtracking for one word.
bool dfs(const Board& board, const std::string& word, int r, int c, std::size_t i,
         std::vector<std::vector<bool>>& used) {
    if (r < 0 || c < 0 || r >= static_cast<int>(board.size()) ||
        c >= static_cast<int>(board[r].size()) || used[r][c] || board[r][c] != word[i]) {
        return false;
    }
    if (i + 1 == word.size()) return true;
    used[r][c] = true;
    const bool hit = dfs(board, word, r - 1, c, i + 1, used) || dfs(board, word, r + 1, c, i + 1, used) ||
                     dfs(board, word, r, c - 1, i + 1, used) || dfs(board, word, r, c + 1, i + 1, used);
    used[r][c] = false;
    return hit;
}

bool onBoard(const Board& board, const std::string& word) {
    for (int r = 0; r < static_cast<int>(board.size()); ++r) {
        for (int c = 0; c < static_cast<int>(board[r].size()); ++c) {
            std::vector<std::vector<bool>> used(board.size(), std::vector<bool>(board[0].size()));
            if (dfs(board, word, r, c, 0, used)) return true;
        }
    }
    return false;
}

void check(const Board& board, const std::vector<std::string>& words) {
    std::vector<std::string> expected;
    for (const std::string& w : std::set<std::string>(words.begin(), words.end())) {
        if (onBoard(board, w)) expected.push_back(w);
    }
    if (findWords(board, words) != expected) {
        std::cerr << "wrong words for a board starting " << board[0] << '\n';
        ++failures;
    }
}

unsigned state = 233;
int nextInt(int low, int high) {
    state = state * 1103515245u + 12345u;
    return low + static_cast<int>((state >> 8) % static_cast<unsigned>(high - low + 1));
}

std::string randomWord(int length) {
    std::string out;
    for (int i = 0; i < length; ++i) out += static_cast<char>('a' + nextInt(0, 2));
    return out;
}
}  // namespace

int main() {
    check({"oaan", "etae", "ihkr", "iflv"}, {"oath", "pea", "eat", "rain"});
    check({"ab", "cd"}, {"abcb", "abdc"});
    check({"a"}, {});
    check(Board(12, std::string(12, 'a')), {std::string(10, 'a'), std::string(9, 'a') + "b", "b"});
    for (int round = 0; round < 300; ++round) {
        const int rows = nextInt(1, 4);
        const int cols = nextInt(1, 4);
        Board board;
        for (int r = 0; r < rows; ++r) board.push_back(randomWord(cols));
        std::set<std::string> unique;
        for (int i = nextInt(0, 14); i > 0; --i) unique.insert(randomWord(nextInt(1, 6)));
        check(board, std::vector<std::string>(unique.begin(), unique.end()));
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-word-search-ii: all checks passed\n";
    return 0;
}
