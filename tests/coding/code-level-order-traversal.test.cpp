// Checks the C++ solution printed in content/questions/coding/code-level-order-traversal.md.
#include SOLUTION_HEADER
#include "support/tree_support.hpp"

#include <cstddef>
#include <iostream>
#include <memory>
#include <optional>
#include <vector>

namespace {
int failures = 0;

void visit(const TreeNode* node, std::size_t depth, std::vector<std::vector<int>>& levels) {
    if (node == nullptr) return;
    if (depth == levels.size()) levels.emplace_back();
    levels[depth].push_back(node->val);
    visit(node->left.get(), depth + 1, levels);
    visit(node->right.get(), depth + 1, levels);
}

void check(const TreeNode* root, const char* name) {
    std::vector<std::vector<int>> expected;
    visit(root, 0, expected);
    if (levelOrder(root) != expected) {
        std::cerr << name << ": wrong levels\n";
        ++failures;
    }
}
}  // namespace

int main() {
    check(nullptr, "empty");
    check(build({3, 9, 20, std::nullopt, std::nullopt, 15, 7}).get(), "worked example");
    {
        auto deep = chain(20000, true);
        if (levelOrder(deep.get()).size() != 20000) {
            std::cerr << "deep chain: wrong number of levels\n";
            ++failures;
        }
        release(std::move(deep));
    }
    state = 21;
    for (int round = 0; round < 400; ++round) {
        check(build(randomValues(nextInt(0, 40), -1000, 1000)).get(), "random tree");
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-level-order-traversal: all checks passed\n";
    return 0;
}
