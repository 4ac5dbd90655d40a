// Checks the C++ solution printed in content/questions/coding/code-lowest-common-ancestor.md.
#include SOLUTION_HEADER
#include "support/tree_support.hpp"

#include <algorithm>
#include <cstddef>
#include <iostream>
#include <memory>
#include <optional>
#include <vector>

namespace {
int failures = 0;

std::vector<const TreeNode*> nodesOf(const TreeNode* root) {
    std::vector<const TreeNode*> out;
    std::vector<const TreeNode*> stack{root};
    while (!stack.empty()) {
        const TreeNode* node = stack.back();
        stack.pop_back();
        if (node == nullptr) continue;
        out.push_back(node);
        stack.push_back(node->left.get());
        stack.push_back(node->right.get());
    }
    return out;
}

bool pathTo(const TreeNode* node, const TreeNode* target, std::vector<const TreeNode*>& path) {
    if (node == nullptr) return false;
    path.push_back(node);
    if (node == target || pathTo(node->left.get(), target, path) ||
        pathTo(node->right.get(), target, path)) {
        return true;
    }
    path.pop_back();
    return false;
}

const TreeNode* reference(const TreeNode* root, const TreeNode* p, const TreeNode* q) {
    std::vector<const TreeNode*> a;
    std::vector<const TreeNode*> b;
    pathTo(root, p, a);
    pathTo(root, q, b);
    const TreeNode* answer = nullptr;
    for (std::size_t i = 0; i < std::min(a.size(), b.size()) && a[i] == b[i]; ++i) answer = a[i];
    return answer;
}
}  // namespace

int main() {
    {
        auto deep = chain(100000, true);
        const auto nodes = nodesOf(deep.get());
        const TreeNode* bottom = nullptr;
        const TreeNode* middle = nullptr;
        for (const TreeNode* n : nodes) {
            if (n->val == 99999) bottom = n;
            if (n->val == 50000) middle = n;
        }
        if (lowestCommonAncestor(deep.get(), bottom, middle) != middle) {
            std::cerr << "deep chain: wrong ancestor\n";
            ++failures;
        }
        release(std::move(deep));
    }
    state = 55;
    for (int round = 0; round < 400; ++round) {
        Values values = randomValues(nextInt(2, 40), -1000, 1000);
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (values[i]) values[i] = static_cast<int>(i);  // unique values
        }
        const auto root = build(values);
        const auto nodes = nodesOf(root.get());
        if (nodes.size() < 2) continue;
        const TreeNode* p = nodes[static_cast<std::size_t>(nextInt(0, static_cast<int>(nodes.size()) - 1))];
        const TreeNode* q = p;
        while (q == p) q = nodes[static_cast<std::size_t>(nextInt(0, static_cast<int>(nodes.size()) - 1))];
        if (lowestCommonAncestor(root.get(), p, q) != reference(root.get(), p, q)) {
            std::cerr << "random tree: wrong ancestor\n";
            ++failures;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-lowest-common-ancestor: all checks passed\n";
    return 0;
}
