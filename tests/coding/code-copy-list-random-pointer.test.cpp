// Checks the C++ solution printed in content/questions/coding/code-copy-list-random-pointer.md.
#include SOLUTION_HEADER

#include <cstddef>
#include <iostream>
#include <memory>
#include <unordered_set>
#include <utility>
#include <vector>

namespace {
int failures = 0;
using Pairs = std::vector<std::pair<int, int>>;  // value, index of the random target or -1

std::unique_ptr<Node> build(const Pairs& pairs) {
    std::vector<std::unique_ptr<Node>> nodes;
    for (const auto& p : pairs) nodes.push_back(std::make_unique<Node>(p.first));
    std::vector<Node*> raw;
    for (auto& n : nodes) raw.push_back(n.get());
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        if (pairs[i].second >= 0) raw[i]->random = raw[static_cast<std::size_t>(pairs[i].second)];
    }
    for (std::size_t i = nodes.size(); i > 1; --i) nodes[i - 2]->next = std::move(nodes[i - 1]);
    return nodes.empty() ? nullptr : std::move(nodes[0]);
}

std::vector<const Node*> walk(const Node* head) {
    std::vector<const Node*> out;
    for (; head != nullptr; head = head->next.get()) out.push_back(head);
    return out;
}

Pairs dump(const Node* head) {
    const std::vector<const Node*> nodes = walk(head);
    Pairs out;
    for (const Node* n : nodes) {
        int target = -1;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (nodes[i] == n->random) target = static_cast<int>(i);
        }
        out.emplace_back(n->val, target);
    }
    return out;
}

void check(const Pairs& pairs, const char* name) {
    const auto head = build(pairs);
    const auto copy = copyRandomList(head.get());
    if (dump(head.get()) != pairs) {
        std::cerr << name << ": the original changed\n";
        ++failures;
    }
    if (dump(copy.get()) != pairs) {
        std::cerr << name << ": the copy differs\n";
        ++failures;
    }
    const auto originalNodes = walk(head.get());
    const std::unordered_set<const Node*> originals(originalNodes.begin(), originalNodes.end());
    for (const Node* n : walk(copy.get())) {
        if (originals.count(n) != 0 || originals.count(n->random) != 0) {
            std::cerr << name << ": the copy shares a node with the original\n";
            ++failures;
            return;
        }
    }
}
}  // namespace

int main() {
    check({}, "empty");
    check({{1, 0}}, "self link");
    check({{1, 1}, {2, 1}}, "shared target");
    check({{3, -1}, {3, -1}, {3, -1}}, "equal values, no random");
    check({{7, -1}, {13, 0}, {11, 4}, {10, 2}, {1, 0}}, "worked example");
    unsigned state = 11;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 300; ++round) {
        const int n = next(25);
        Pairs pairs;
        for (int i = 0; i < n; ++i) pairs.emplace_back(next(7) - 3, next(static_cast<unsigned>(n) + 1) - 1);
        check(pairs, "random list");
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-copy-list-random-pointer: all checks passed\n";
    return 0;
}
