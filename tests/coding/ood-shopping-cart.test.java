// Checks the Java class design printed in content/questions/ood/ood-shopping-cart.md.
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class ScenarioTest {
    private static int checks = 0;

    private static void check(boolean ok, String what) {
        checks++;
        if (!ok) {
            throw new AssertionError("check failed: " + what);
        }
    }

    static final class FakeGateway implements PaymentGateway {
        boolean declineNext;
        int calls;
        final List<Long> charged = new ArrayList<>();

        @Override
        public PaymentResult charge(String key, String customerId, long amount) {
            calls++;
            if (declineNext) {
                declineNext = false;
                return new PaymentResult(false, "");
            }
            charged.add(amount);
            return new PaymentResult(true, "pay-" + key);
        }
    }

    public static void main(String[] args) {
        Catalog catalog = new Catalog();
        catalog.add(new Product("A", "Apple", 50));
        catalog.add(new Product("B", "Book", 1500));
        catalog.add(new Product("C", "Cable", 999));
        Inventory inventory = new Inventory();
        inventory.setStock("A", 10);
        inventory.setStock("B", 1);
        inventory.setStock("C", 5);
        PricingEngine pricing = new PricingEngine(catalog,
            List.of(new BuyXGetYFree("A", 2, 1), new PercentOffCode("SAVE10", 10, 2000)),
            new FlatShipping(499, 3500));

        Cart cart = new Cart();
        cart.add("A", 3);
        cart.add("B", 1);
        cart.add("A", 3);
        cart.add("C", 0);
        check(cart.lines().get("A") == 6 && cart.lines().size() == 2, "lines merge");

        PriceBreakdown p = pricing.price(cart);
        check(p.subtotal == 1800 && p.discounts.size() == 1 && p.discounts.get(0).amountCents() == -100, "BOGO");
        check(p.shipping == 499 && p.total == 2199, "total with shipping");
        cart.applyCode("SAVE10");
        check(pricing.price(cart).total == 2199, "code below minimum");
        cart.setQuantity("C", 2);
        p = pricing.price(cart);
        check(p.subtotal == 3798 && p.discounts.get(1).amountCents() == -369, "10 percent off");
        check(p.discountedSubtotal() == 3329 && p.total == 3828, "total 38.28");
        cart.setQuantity("C", 3);
        check(pricing.price(cart).shipping == 0 && pricing.price(cart).total == 4228, "free shipping");
        cart.setQuantity("C", 2);

        FakeGateway gateway = new FakeGateway();
        CheckoutService checkout = new CheckoutService(pricing, inventory, gateway);
        CheckoutResult placed = checkout.checkout("ana", cart, "key-1");
        check(placed.status() == CheckoutStatus.PLACED && placed.order().orElseThrow().price().total == 3828, "placed");
        check(placed.order().get().paymentId().equals("pay-key-1"), "payment id");
        check(inventory.available("A") == 4 && inventory.available("B") == 0 && inventory.available("C") == 3, "stock");
        check(cart.isEmpty() && cart.codes().isEmpty(), "cart cleared");

        CheckoutResult again = checkout.checkout("ana", cart, "key-1");
        check(again.order().orElseThrow().id().equals(placed.order().get().id()) && gateway.calls == 1, "idempotent");
        check(checkout.checkout("ana", cart, "key-2").status() == CheckoutStatus.EMPTY_CART, "empty cart");

        Cart second = new Cart();
        second.add("B", 1);
        second.add("A", 1);
        CheckoutResult shortStock = checkout.checkout("bob", second, "key-3");
        check(shortStock.status() == CheckoutStatus.OUT_OF_STOCK && shortStock.detail().equals("B"), "out of stock");
        check(inventory.available("A") == 4, "nothing reserved");

        second.setQuantity("B", 0);
        gateway.declineNext = true;
        check(checkout.checkout("bob", second, "key-4").status() == CheckoutStatus.PAYMENT_DECLINED, "declined");
        check(inventory.available("A") == 4 && !second.isEmpty(), "released, cart kept");
        CheckoutResult retry = checkout.checkout("bob", second, "key-5");
        check(retry.status() == CheckoutStatus.PLACED && retry.order().orElseThrow().price().total == 549, "retry");
        check(inventory.available("A") == 3, "committed");

        Cart unknown = new Cart();
        unknown.add("Z", 1);
        CheckoutResult bad = checkout.checkout("cy", unknown, "key-6");
        check(bad.status() == CheckoutStatus.UNKNOWN_PRODUCT && bad.detail().equals("Z"), "unknown product");

        check(inventory.reserve(Map.of("A", 2, "C", 5)).equals(Optional.of("C")), "short line");
        check(inventory.available("A") == 3, "all or nothing");

        System.out.println("ood-shopping-cart (Java): all " + checks + " checks passed");
    }
}
