// Checks the C++ solution printed in content/questions/coding/code-right-side-view.md.
#include SOLUTION_HEADER

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
