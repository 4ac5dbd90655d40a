// Checks the C++ class design printed in content/questions/ood/ood-solid-principles.md.
#include SOLUTION_HEADER

#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {
int failures = 0;

void expect(bool ok, const char* what, int line) {
    if (!ok) {
        std::cerr << "line " << line << ": check failed: " << what << '\n';
        ++failures;
    }
}

class FakeGateway : public PaymentGateway {
public:
    bool approve = true;
    std::vector<std::int64_t> charges;
    bool charge(const std::string&, std::int64_t cents) override {
        charges.push_back(cents);
        return approve;
    }
};

class RecordingSender : public ReceiptSender {
public:
    std::vector<std::string> sent;
    void send(const std::string& customerId, std::int64_t cents) override {
        sent.push_back(customerId + ":" + std::to_string(cents));
    }
};

// A rule that breaks the contract: the service must still never charge a negative total.
class BrokenRule : public DiscountRule {
public:
    std::int64_t discountCents(const Cart&, std::int64_t subtotal) const override {
        return subtotal * 2;
    }
};

std::vector<std::unique_ptr<DiscountRule>> standardRules() {
    std::vector<std::unique_ptr<DiscountRule>> rules;
    rules.push_back(std::make_unique<PercentOffOver>(10, 10000));  // 10% off 100.00+
    rules.push_back(std::make_unique<MemberFlatDiscount>(500));    // 5.00 off for members
    return rules;
}
}  // namespace

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    FakeGateway gateway;
    RecordingSender sender;
    CheckoutService service(standardRules(), gateway, sender);

    const Cart small{"ana", {{"book", 1500, 2}}, false};
    auto r = service.checkout(small);
    EXPECT(r.paid && r.subtotalCents == 3000 && r.discountCents == 0 && r.chargedCents == 3000);

    const Cart member{"bob", {{"book", 1500, 2}}, true};
    r = service.checkout(member);
    EXPECT(r.discountCents == 500 && r.chargedCents == 2500);

    const Cart big{"cy", {{"tv", 20000, 1}, {"cable", 1000, 2}}, true};
    r = service.checkout(big);  // best single discount: 10% of 22000 = 2200 beats 500
    EXPECT(r.subtotalCents == 22000 && r.discountCents == 2200 && r.chargedCents == 19800);
    EXPECT((sender.sent == std::vector<std::string>{"ana:3000", "bob:2500", "cy:19800"}));

    gateway.approve = false;
    r = service.checkout(small);
    EXPECT(!r.paid && r.chargedCents == 0);
    EXPECT(sender.sent.size() == 3);  // no receipt for a declined payment

    const Cart tiny{"dee", {{"sticker", 300, 1}}, true};
    gateway.approve = false;  // free after discount: no charge attempted, still "paid"
    const auto chargesBefore = gateway.charges.size();
    r = service.checkout(tiny);
    EXPECT(r.paid && r.chargedCents == 0 && gateway.charges.size() == chargesBefore);

    bool threw = false;
    try {
        service.checkout(Cart{"eve", {{"bad", 100, 0}}, false});
    } catch (const std::invalid_argument&) {
        threw = true;
    }
    EXPECT(threw);

    std::vector<std::unique_ptr<DiscountRule>> broken;
    broken.push_back(std::make_unique<BrokenRule>());
    gateway.approve = true;
    CheckoutService guarded(std::move(broken), gateway, sender);
    r = guarded.checkout(small);
    EXPECT(r.discountCents == 3000 && r.chargedCents == 0 && r.paid);

    CheckoutService plain({}, gateway, sender);
    r = plain.checkout(Cart{"fay", {}, false});
    EXPECT(r.paid && r.subtotalCents == 0 && r.chargedCents == 0);

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-solid-principles: all checks passed\n";
    return 0;
}
