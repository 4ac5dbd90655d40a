// Checks the C++ solution printed in content/questions/coding/code-reverse-linked-list.md.
#include SOLUTION_HEADER

#include <cstddef>
#include <iostream>
#include <memory>
#include <vector>

namespace {
int failures = 0;

// Builds the list and records its nodes in order.
List build(const std::vector<int>& values, std::vector<const ListNode*>& nodes) {
    List head;
    for (auto it = values.rbegin(); it != values.rend(); ++it) {
        auto node = std::make_unique<ListNode>(*it);
        node->next = std::move(head);
        head = std::move(node);
    }
    for (const ListNode* n = head.get(); n != nullptr; n = n->next.get()) nodes.push_back(n);
    return head;
}

// Frees a list iteratively so long lists do not recurse in the destructor.
void release(List head) {
    while (head) head = std::move(head->next);
}

void check(const std::vector<int>& values, const char* name) {
    std::vector<const ListNode*> nodes;
    List reversed = reverseList(build(values, nodes));
    std::size_t i = nodes.size();
    for (const ListNode* n = reversed.get(); n != nullptr; n = n->next.get()) {
        if (i == 0 || nodes[--i] != n) {
            std::cerr << name << ": not the original nodes in reverse order\n";
            ++failures;
            release(std::move(reversed));
            return;
        }
    }
    if (i != 0) {
        std::cerr << name << ": nodes missing\n";
        ++failures;
    }
    release(std::move(reversed));
}
}  // namespace

int main() {
    check({}, "empty");
    check({7}, "one node");
    check({1, 2}, "two nodes");
    check({1, 2, 3, 4, 5}, "worked example");
    check({3, -1, 3, 0}, "duplicates and negatives");
    std::vector<int> longList(100000);
    for (std::size_t i = 0; i < longList.size(); ++i) longList[i] = static_cast<int>(i);
    check(longList, "long list");
    unsigned state = 5;
    for (int round = 0; round < 300; ++round) {
        state = state * 1103515245u + 12345u;
        std::vector<int> values((state >> 8) % 30);
        for (int& v : values) {
            state = state * 1103515245u + 12345u;
            v = static_cast<int>((state >> 8) % 10001) - 5000;
        }
        check(values, "random list");
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-reverse-linked-list: all checks passed\n";
    return 0;
}
