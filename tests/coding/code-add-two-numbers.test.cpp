// Checks the C++ solution printed in content/questions/coding/code-add-two-numbers.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <memory>
#include <string>

namespace {
int failures = 0;

// Decimal strings written most significant digit first, as people write numbers.
List fromDecimal(const std::string& text) {
    List head;
    for (char c : text) {  // the last character (ones digit) ends up at the head
        auto node = std::make_unique<ListNode>(c - '0');
        node->next = std::move(head);
        head = std::move(node);
    }
    return head;
}

std::string toDecimal(const ListNode* head) {
    std::string text;
    for (; head != nullptr; head = head->next.get()) text += static_cast<char>('0' + head->val);
    std::reverse(text.begin(), text.end());
    return text;
}

std::string addDecimal(const std::string& x, const std::string& y) {  // reference
    std::string out;
    int carry = 0;
    for (std::size_t i = 0; i < std::max(x.size(), y.size()) || carry != 0; ++i) {
        int sum = carry;
        if (i < x.size()) sum += x[x.size() - 1 - i] - '0';
        if (i < y.size()) sum += y[y.size() - 1 - i] - '0';
        out += static_cast<char>('0' + sum % 10);
        carry = sum / 10;
    }
    std::reverse(out.begin(), out.end());
    return out;
}

void check(const std::string& x, const std::string& y) {
    const List a = fromDecimal(x);
    const List b = fromDecimal(y);
    const List sum = addTwoNumbers(a.get(), b.get());
    if (toDecimal(sum.get()) != addDecimal(x, y) || toDecimal(a.get()) != x ||
        toDecimal(b.get()) != y) {
        std::cerr << x << " + " << y << ": got " << toDecimal(sum.get()) << '\n';
        ++failures;
    }
}
}  // namespace

int main() {
    check("342", "465");
    check("0", "0");
    check("9999", "1");
    check("81", "0");
    check("5", "5");
    check(std::string(100, '9'), std::string(100, '9'));
    unsigned state = 3;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 500; ++round) {
        std::string x(1, static_cast<char>('1' + next(9)));
        std::string y(1, static_cast<char>('1' + next(9)));
        for (int i = next(30); i > 0; --i) x += static_cast<char>('0' + next(10));
        for (int i = next(30); i > 0; --i) y += static_cast<char>('0' + next(10));
        check(x, y);
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-add-two-numbers: all checks passed\n";
    return 0;
}
