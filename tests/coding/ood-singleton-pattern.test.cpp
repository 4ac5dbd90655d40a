// Checks the C++ class design printed in content/questions/ood/ood-singleton-pattern.md.
#include SOLUTION_HEADER

#include <iostream>
#include <type_traits>

static_assert(!std::is_copy_constructible_v<MetricsRegistry>, "the singleton must not be copyable");
static_assert(!std::is_move_constructible_v<MetricsRegistry>, "the singleton must not be movable");
static_assert(!std::is_default_constructible_v<MetricsRegistry>,
              "only instance() may construct the singleton");

int main() {
    int failures = 0;
    MetricsRegistry& first = MetricsRegistry::instance();
    MetricsRegistry& second = MetricsRegistry::instance();
    if (&first != &second) {
        std::cerr << "instance() returned two different objects\n";
        ++failures;
    }
    if (first.value("orders.placed") != 0) {
        std::cerr << "unknown counters should read 0\n";
        ++failures;
    }
    CheckoutService checkout(MetricsRegistry::instance());
    checkout.placeOrder();
    checkout.placeOrder();
    second.increment("orders.placed", 3);
    if (first.value("orders.placed") != 5) {
        std::cerr << "expected 5 orders, got " << first.value("orders.placed") << '\n';
        ++failures;
    }
    if (failures != 0) {
        return 1;
    }
    std::cout << "ood-singleton-pattern: all checks passed\n";
    return 0;
}
