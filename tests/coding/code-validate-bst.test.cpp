// Checks the C++ solution printed in content/questions/coding/code-validate-bst.md.
#include SOLUTION_HEADER
#include "support/tree_support.hpp"

#include <climits>
#include <cstddef>
#include <iostream>
#include <memory>
#include <optional>
#include <vector>

namespace {
int failures = 0;

void collect(const TreeNode* node, std::vector<int>& out) {
    if (node == nullptr) return;
    collect(node->left.get(), out);
    out.push_back(node->val);
    collect(node->right.get(), out);
}

// Brute force straight from the definition.
bool reference(const TreeNode* node) {
    if (node == nullptr) return true;
    std::vector<int> left;
    std::vector<int> right;
    collect(node->left.get(), left);
    collect(node->right.get(), right);
    for (int v : left) {
        if (v >= node->val) return false;
    }
    for (int v : right) {
        if (v <= node->val) return false;
    }
    return reference(node->left.get()) && reference(node->right.get());
}

void expect(bool actual, bool expected, const char* name) {
    if (actual != expected) {
        std::cerr << name << ": expected " << expected << '\n';
        ++failures;
    }
}
}  // namespace

int main() {
    expect(isValidBST(nullptr), true, "empty");
    expect(isValidBST(build({INT_MIN, std::nullopt, INT_MAX}).get()), true, "extremes");
    expect(isValidBST(build({INT_MAX, INT_MAX}).get()), false, "duplicate extremes");
    expect(isValidBST(build({5, 4, 6, std::nullopt, std::nullopt, 3, 7}).get()), false, "deep violation");
    {
        auto increasing = chain(20000, false);
        expect(isValidBST(increasing.get()), true, "deep increasing chain");
        release(std::move(increasing));
        auto decreasing = chain(20000, true);
        expect(isValidBST(decreasing.get()), false, "deep decreasing chain");
        release(std::move(decreasing));
    }
    state = 34;
    for (int round = 0; round < 500; ++round) {
        const auto root = build(randomValues(nextInt(0, 12), -3, 3));
        expect(isValidBST(root.get()), reference(root.get()), "random tree");
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-validate-bst: all checks passed\n";
    return 0;
}
