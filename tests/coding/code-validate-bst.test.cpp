// Checks the C++ solution printed in content/questions/coding/code-validate-bst.md.
#include SOLUTION_HEADER

#include <climits>
#include <cstddef>
#include <iostream>
#include <memory>
#include <optional>
#include <queue>
#include <vector>

namespace {
int failures = 0;
using Values = std::vector<std::optional<int>>;

// A tree from its level-order list, nullopt marking a missing child.
std::unique_ptr<TreeNode> build(const Values& values) {
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

unsigned state = 1;
int nextInt(int low, int high) {  // inclusive range
    state = state * 1103515245u + 12345u;
    return low + static_cast<int>((state >> 8) % static_cast<unsigned>(high - low + 1));
}

Values randomValues(int size, int low, int high) {
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
void release(std::unique_ptr<TreeNode> root) {
    std::vector<std::unique_ptr<TreeNode>> stack;
    if (root) stack.push_back(std::move(root));
    while (!stack.empty()) {
        std::unique_ptr<TreeNode> node = std::move(stack.back());
        stack.pop_back();
        if (node->left) stack.push_back(std::move(node->left));
        if (node->right) stack.push_back(std::move(node->right));
    }
}

// A tree in which every node has one child.
std::unique_ptr<TreeNode> chain(int length, bool left) {
    auto root = std::make_unique<TreeNode>(0);
    TreeNode* node = root.get();
    for (int i = 1; i < length; ++i) {
        auto& slot = left ? node->left : node->right;
        slot = std::make_unique<TreeNode>(i);
        node = slot.get();
    }
    return root;
}

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
