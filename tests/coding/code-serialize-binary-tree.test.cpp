// Checks the C++ solution printed in content/questions/coding/code-serialize-binary-tree.md.
#include SOLUTION_HEADER

#include <climits>
#include <iostream>
#include <memory>
#include <queue>
#include <stdexcept>
#include <string>

namespace {
int failures = 0;

bool sameTree(const TreeNode* a, const TreeNode* b) {
    if (a == nullptr || b == nullptr) {
        return a == b;
    }
    return a->val == b->val && sameTree(a->left.get(), b->left.get()) &&
           sameTree(a->right.get(), b->right.get());
}

void expectText(const std::string& actual, const std::string& expected, const char* name) {
    if (actual != expected) {
        std::cerr << name << ": expected \"" << expected << "\", got \"" << actual << "\"\n";
        ++failures;
    }
}

void expectRoundTrip(const TreeNode* root, const char* name) {
    const std::string text = serialize(root);
    const std::unique_ptr<TreeNode> copy = deserialize(text);
    if (!sameTree(root, copy.get())) {
        std::cerr << name << ": round trip changed the tree (text \"" << text << "\")\n";
        ++failures;
    }
    expectText(serialize(copy.get()), text, name);
}

std::unique_ptr<TreeNode> node(int v, std::unique_ptr<TreeNode> l = nullptr,
                               std::unique_ptr<TreeNode> r = nullptr) {
    auto n = std::make_unique<TreeNode>(v);
    n->left = std::move(l);
    n->right = std::move(r);
    return n;
}
}  // namespace

int main() {
    const auto example = node(1, node(2), node(3, node(4), node(5)));
    expectText(serialize(example.get()), "1,2,3,#,#,4,5", "worked example");
    expectRoundTrip(example.get(), "worked example");

    expectText(serialize(nullptr), "", "empty tree");
    if (deserialize("") != nullptr || deserialize("#") != nullptr) {
        std::cerr << "empty input should give a null root\n";
        ++failures;
    }

    const auto chain = node(7, nullptr, node(7, nullptr, node(-3)));
    expectText(serialize(chain.get()), "7,#,7,#,-3", "right chain with duplicates");
    expectRoundTrip(chain.get(), "right chain with duplicates");

    const auto single = node(0);
    expectText(serialize(single.get()), "0", "single node");
    expectRoundTrip(single.get(), "single node");

    const auto extremes = node(INT_MIN, node(INT_MAX), node(-12345, node(678), nullptr));
    expectRoundTrip(extremes.get(), "extreme values");

    {  // parse a hand-written string
        const auto parsed = deserialize("10,-4,6,#,3,#,#,8");
        const auto expected = node(10, node(-4, nullptr, node(3, node(8), nullptr)), node(6));
        if (!sameTree(parsed.get(), expected.get())) {
            std::cerr << "hand-written string parsed into the wrong tree\n";
            ++failures;
        }
    }
    {  // deep left-skewed tree: serialising and parsing must not recurse
        auto root = std::make_unique<TreeNode>(0);
        TreeNode* tail = root.get();
        for (int i = 1; i < 20000; ++i) {
            tail->left = std::make_unique<TreeNode>(i);
            tail = tail->left.get();
        }
        const std::string text = serialize(root.get());
        const auto copy = deserialize(text);
        int depth = 0;
        bool ok = true;
        for (const TreeNode* a = root.get(), *b = copy.get(); a != nullptr || b != nullptr;
             a = a->left.get(), b = b->left.get(), ++depth) {
            if (a == nullptr || b == nullptr || a->val != b->val || b->right != nullptr) {
                ok = false;
                break;
            }
        }
        if (!ok || depth != 20000) {
            std::cerr << "deep tree did not round-trip\n";
            ++failures;
        }
    }
    {  // complete tree of 1023 nodes
        std::unique_ptr<TreeNode> root = std::make_unique<TreeNode>(1);
        std::queue<TreeNode*> level;
        level.push(root.get());
        int next = 2;
        while (next <= 1023) {
            TreeNode* parent = level.front();
            level.pop();
            parent->left = std::make_unique<TreeNode>(next++);
            level.push(parent->left.get());
            if (next <= 1023) {
                parent->right = std::make_unique<TreeNode>(next++);
                level.push(parent->right.get());
            }
        }
        expectRoundTrip(root.get(), "complete tree");
    }

    for (const char* bad : {"1,2x", "x", "1,#,99999999999"}) {
        bool refused = false;
        try {
            deserialize(bad);
        } catch (const std::invalid_argument&) {
            refused = true;
        } catch (const std::out_of_range&) {
            refused = true;
        }
        if (!refused) {
            std::cerr << "malformed input \"" << bad << "\" should be refused\n";
            ++failures;
        }
    }

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-serialize-binary-tree: all checks passed\n";
    return 0;
}
