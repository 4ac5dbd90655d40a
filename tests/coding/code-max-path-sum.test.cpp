// Checks the C++ solution printed in content/questions/coding/code-max-path-sum.md.
#include SOLUTION_HEADER
#include "support/tree_support.hpp"

#include <algorithm>
#include <functional>
#include <cstddef>
#include <iostream>
#include <memory>
#include <optional>
#include <vector>

namespace {
int failures = 0;

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
