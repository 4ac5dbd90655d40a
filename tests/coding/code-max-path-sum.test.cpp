// Checks the C++ solution printed in content/questions/coding/code-max-path-sum.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <functional>
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

// Brute force: from every node, the best sum of a walk that never turns back.
int reference(const TreeNode* root) {
    std::vector<const TreeNode*> nodes;
    std::vector<std::vector<std::size_t>> neighbours;
    std::function<std::size_t(const TreeNode*)> add = [&](const TreeNode* node) {
        const std::size_t id = nodes.size();
        nodes.push_back(node);
        neighbours.emplace_back();
        for (const TreeNode* child : {node->left.get(), node->right.get()}) {
            if (child == nullptr) continue;
            const std::size_t childId = add(child);
            neighbours[id].push_back(childId);
            neighbours[childId].push_back(id);
        }
        return id;
    };
    add(root);
    int best = nodes[0]->val;
    for (std::size_t start = 0; start < nodes.size(); ++start) {
        std::function<void(std::size_t, std::size_t, int)> walk = [&](std::size_t at, std::size_t from, int total) {
            best = std::max(best, total);
            for (std::size_t next : neighbours[at]) {
                if (next != from) walk(next, at, total + nodes[next]->val);
            }
        };
        walk(start, nodes.size(), nodes[start]->val);
    }
    return best;
}
}  // namespace

int main() {
    if (maxPathSum(build({-10, 9, 20, std::nullopt, std::nullopt, 15, 7}).get()) != 42) {
        std::cerr << "worked example\n";
        ++failures;
    }
    {
        auto deep = chain(30000, false);  // values 0 .. 29999
        if (maxPathSum(deep.get()) != 29999 * 30000 / 2) {
            std::cerr << "deep chain\n";
            ++failures;
        }
        release(std::move(deep));
    }
    state = 144;
    for (int round = 0; round < 300; ++round) {
        const auto root = build(randomValues(nextInt(1, 25), -20, 20));
        if (maxPathSum(root.get()) != reference(root.get())) {
            std::cerr << "random tree: wrong sum\n";
            ++failures;
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-max-path-sum: all checks passed\n";
    return 0;
}
