// Checks the C++ class design printed in content/questions/ood/ood-shopping-cart.md.
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
    PaymentResult charge(const std::string& key, const std::string&, Cents amount) override {
        ++calls;
        if (declineNext) {
            declineNext = false;
            return {false, ""};
        }
        charged.push_back(amount);
        return {true, "pay-" + key};
    }
    bool declineNext = false;
    int calls = 0;
    std::vector<Cents> charged;
};
}  // namespace

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    Catalog catalog;
    catalog.add({"A", "Apple", 50});
    catalog.add({"B", "Book", 1500});
    catalog.add({"C", "Cable", 999});
    Inventory inventory;
    inventory.setStock("A", 10);
    inventory.setStock("B", 1);
    inventory.setStock("C", 5);

    std::vector<std::unique_ptr<Promotion>> promotions;
    promotions.push_back(std::make_unique<BuyXGetYFree>("A", 2, 1));
    promotions.push_back(std::make_unique<PercentOffCode>("SAVE10", 10, 2000));
    PricingEngine pricing(catalog, std::move(promotions), std::make_unique<FlatShipping>(499, 3500));

    Cart cart;
    cart.add("A", 3);
    cart.add("B", 1);
    cart.add("A", 3);
    cart.add("C", 0);  // ignored
    EXPECT(cart.lines().at("A") == 6 && cart.lines().size() == 2);

    PriceBreakdown p = pricing.price(cart);
    EXPECT(p.subtotal == 1800);
    EXPECT(p.discounts.size() == 1 && p.discounts[0].amountCents == -100);  // 2 free apples
    EXPECT(p.shipping == 499 && p.total == 2199);

    cart.applyCode("SAVE10");
    EXPECT(pricing.price(cart).total == 2199);  // under the 20.00 minimum: code not applied
    cart.setQuantity("C", 2);
    p = pricing.price(cart);
    EXPECT(p.subtotal == 3798);
    EXPECT(p.discounts.size() == 2 && p.discounts[1].label == "SAVE10" && p.discounts[1].amountCents == -369);
    EXPECT(p.discountedSubtotal() == 3329 && p.shipping == 499 && p.total == 3828);
    cart.setQuantity("C", 3);
    p = pricing.price(cart);
    EXPECT(p.discountedSubtotal() == 4228 && p.shipping == 0 && p.total == 4228);  // free shipping
    cart.setQuantity("C", 2);

    FakeGateway gateway;
    CheckoutService checkout(pricing, inventory, gateway);
    const CheckoutResult placed = checkout.checkout("ana", cart, "key-1");
    EXPECT(placed.status == CheckoutStatus::Placed && placed.order && placed.order->price.total == 3828);
    EXPECT(placed.order->paymentId == "pay-key-1");
    EXPECT(inventory.available("A") == 4 && inventory.available("B") == 0 && inventory.available("C") == 3);
    EXPECT(cart.empty() && cart.codes().empty());

    // The same key again (a double click): same order, no second charge.
    const CheckoutResult again = checkout.checkout("ana", cart, "key-1");
    EXPECT(again.status == CheckoutStatus::Placed && again.order->id == placed.order->id);
    EXPECT(gateway.calls == 1);

    EXPECT(checkout.checkout("ana", cart, "key-2").status == CheckoutStatus::EmptyCart);

    Cart second;
    second.add("B", 1);
    second.add("A", 1);
    const CheckoutResult shortStock = checkout.checkout("bob", second, "key-3");
    EXPECT(shortStock.status == CheckoutStatus::OutOfStock && shortStock.detail == "B");
    EXPECT(inventory.available("A") == 4);  // nothing reserved for the failed checkout

    second.setQuantity("B", 0);
    gateway.declineNext = true;
    EXPECT(checkout.checkout("bob", second, "key-4").status == CheckoutStatus::PaymentDeclined);
    EXPECT(inventory.available("A") == 4 && !second.empty());  // released, cart kept
    const CheckoutResult retry = checkout.checkout("bob", second, "key-5");
    EXPECT(retry.status == CheckoutStatus::Placed && retry.order->price.total == 50 + 499);
    EXPECT(inventory.available("A") == 3);

    Cart unknown;
    unknown.add("Z", 1);
    const CheckoutResult bad = checkout.checkout("cy", unknown, "key-6");
    EXPECT(bad.status == CheckoutStatus::UnknownProduct && bad.detail == "Z");

    EXPECT(inventory.reserve({{"A", 2}, {"C", 5}}) == std::optional<std::string>("C"));
    EXPECT(inventory.available("A") == 3);  // all or nothing

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-shopping-cart: all checks passed\n";
    return 0;
}
