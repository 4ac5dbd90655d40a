// Helpers for the tests of the binary-tree problems (code-level-order-traversal,
// code-right-side-view, code-lowest-common-ancestor, code-max-path-sum, code-validate-bst):
// a tree from its level-order list, random level-order lists, one-sided chains as deep as they
// are long, and freeing such chains without recursion.
//
// The helpers work on the solution's own TreeNode, so include this after the solution:
//
//     #include SOLUTION_HEADER
//     #include "support/tree_support.hpp"
//
//     state = 21;  // seed of nextInt()
//     auto root = build({3, 9, 20, std::nullopt, std::nullopt, 15, 7});
//     auto deep = chain(20000, true);
//     ...
//     release(std::move(deep));
//
// Each test is one program, so the definitions are inline and the generator's state is one
// global the test seeds.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <queue>
#include <type_traits>
#include <utility>
#include <vector>

static_assert(std::is_same_v<decltype(TreeNode::val), int> &&
                  std::is_same_v<decltype(TreeNode::left), std::unique_ptr<TreeNode>> &&
                  std::is_same_v<decltype(TreeNode::right), std::unique_ptr<TreeNode>> &&
                  std::is_constructible_v<TreeNode, int>,
              "tree_support.hpp expects the solution's TreeNode(int) with int val and "
              "std::unique_ptr<TreeNode> left, right");

// A level-order list, std::nullopt marking a missing child.
using Values = std::vector<std::optional<int>>;

// A tree from its level-order list.
inline std::unique_ptr<TreeNode> build(const Values& values) {
    if (values.empty() || !values[0]) return nullptr;
    auto root = std::make_unique<TreeNode>(*values[0]);
    std::queue<TreeNode*> parents;
    parents.push(root.get());
    std::size_t i = 1;
    while (!parents.empty() && i < values.size()) {
        TreeNode* parent = parents.front();
        parents.pop();
        for (std::unique_ptr<TreeNode>* child : {&parent->left, &parent->right}) {
            if (i < values.size() && values[i]) {
                *child = std::make_unique<TreeNode>(*values[i]);
                parents.push(child->get());
            }
            ++i;
        }
    }
    return root;
}

// A small linear congruential generator: the same numbers on every platform for one seed.
inline unsigned state = 1;
inline int nextInt(int low, int high) {  // inclusive range
    state = state * 1103515245u + 12345u;
    return low + static_cast<int>((state >> 8) % static_cast<unsigned>(high - low + 1));
}

// A random level-order list of size values in [low, high]; about one in four after the root is
// a gap.
inline Values randomValues(int size, int low, int high) {
    Values values;
    for (int i = 0; i < size; ++i) {
        if (i > 0 && nextInt(0, 3) == 0) {
            values.push_back(std::nullopt);
        } else {
            values.push_back(nextInt(low, high));
        }
    }
    return values;
}

// Frees a tree without recursion, so deep chains do not overflow the stack in the destructor.
inline void release(std::unique_ptr<TreeNode> root) {
    std::vector<std::unique_ptr<TreeNode>> stack;
    if (root) stack.push_back(std::move(root));
    while (!stack.empty()) {
        std::unique_ptr<TreeNode> node = std::move(stack.back());
        stack.pop_back();
        if (node->left) stack.push_back(std::move(node->left));
        if (node->right) stack.push_back(std::move(node->right));
    }
}

// A tree in which every node has one child (the left one when left is true): values 0 .. length-1
// from the root down.
inline std::unique_ptr<TreeNode> chain(int length, bool left) {
    auto root = std::make_unique<TreeNode>(0);
    TreeNode* node = root.get();
    for (int i = 1; i < length; ++i) {
        auto& slot = left ? node->left : node->right;
        slot = std::make_unique<TreeNode>(i);
        node = slot.get();
    }
    return root;
}
