// Checks the C++ solution printed in content/questions/coding/code-right-side-view.md.
#include SOLUTION_HEADER
#include "support/tree_support.hpp"

#include <cstddef>
#include <iostream>
#include <memory>
#include <optional>
#include <vector>

namespace {
int failures = 0;

// Right-before-left DFS: the first node met at each depth is visible.
void visit(const TreeNode* node, std::size_t depth, std::vector<int>& seen) {
    if (node == nullptr) return;
    if (depth == seen.size()) seen.push_back(node->val);
    visit(node->right.get(), depth + 1, seen);
    visit(node->left.get(), depth + 1, seen);
}

void check(const TreeNode* root, const char* name) {
    std::vector<int> expected;
    visit(root, 0, expected);
    if (rightSideView(root) != expected) {
        std::cerr << name << ": wrong view\n";
        ++failures;
    }
}
}  // namespace

int main() {
    check(nullptr, "empty");
    check(build({1, 2, 3, 4}).get(), "left side shows through");
    {
        auto deep = chain(20000, true);
        if (rightSideView(deep.get()).size() != 20000) {
            std::cerr << "deep chain: wrong size\n";
            ++failures;
        }
        release(std::move(deep));
    }
    state = 89;
    for (int round = 0; round < 400; ++round) {
        check(build(randomValues(nextInt(0, 40), -100, 100)).get(), "random tree");
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-right-side-view: all checks passed\n";
    return 0;
}
