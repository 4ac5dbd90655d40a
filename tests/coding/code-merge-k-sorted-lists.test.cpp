// Checks the C++ solution printed in content/questions/coding/code-merge-k-sorted-lists.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <memory>
#include <set>
#include <vector>

namespace {
int failures = 0;

List fromVector(const std::vector<int>& values) {
    List head;
    for (auto it = values.rbegin(); it != values.rend(); ++it) {
        auto node = std::make_unique<ListNode>(*it);
        node->next = std::move(head);
        head = std::move(node);
    }
    return head;
}

std::vector<int> toVector(const List& head) {
    std::vector<int> out;
    for (const ListNode* n = head.get(); n != nullptr; n = n->next.get()) out.push_back(n->val);
    return out;
}

void check(const std::vector<std::vector<int>>& inputs, const char* name) {
    std::vector<List> lists;
    std::vector<int> expected;
    std::set<const ListNode*> original;
    for (const auto& values : inputs) {
        lists.push_back(fromVector(values));
        for (const ListNode* n = lists.back().get(); n != nullptr; n = n->next.get()) {
            original.insert(n);
        }
        expected.insert(expected.end(), values.begin(), values.end());
    }
    std::sort(expected.begin(), expected.end());
    const List merged = mergeKLists(std::move(lists));
    if (toVector(merged) != expected) {
        std::cerr << name << ": merged list is not the sorted union\n";
        ++failures;
        return;
    }
    for (const ListNode* n = merged.get(); n != nullptr; n = n->next.get()) {
        if (original.count(n) == 0) {
            std::cerr << name << ": a node was copied instead of reused\n";
            ++failures;
            return;
        }
    }
}
}  // namespace

int main() {
    check({{1, 4, 5}, {1, 3, 4}, {2, 6}}, "worked example");
    check({}, "no lists");
    check({{}, {}}, "empty lists");
    check({{-2, 7}, {}, {0}}, "negatives and an empty list");
    check({{1, 2, 3}}, "one list");
    check({{5, 5, 5}, {5}, {5, 5}}, "all equal");
    {
        std::vector<int> longList;
        for (int i = 0; i < 10000; ++i) longList.push_back(i * 2);
        check({longList, {1}, {3, 19999}, {-1}}, "unequal lengths");
    }
    unsigned state = 8;
    for (int round = 0; round < 200; ++round) {
        std::vector<std::vector<int>> inputs;
        state = state * 1103515245u + 12345u;
        const int k = static_cast<int>((state >> 8) % 8);
        for (int i = 0; i < k; ++i) {
            state = state * 1103515245u + 12345u;
            std::vector<int> values(static_cast<std::size_t>((state >> 8) % 10));
            for (auto& v : values) {
                state = state * 1103515245u + 12345u;
                v = static_cast<int>((state >> 8) % 21) - 10;
            }
            std::sort(values.begin(), values.end());
            inputs.push_back(values);
        }
        check(inputs, "random lists");
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-merge-k-sorted-lists: all checks passed\n";
    return 0;
}
