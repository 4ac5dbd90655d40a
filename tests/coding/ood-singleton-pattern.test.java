// Checks the Java class design printed in content/questions/ood/ood-singleton-pattern.md.
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

class ScenarioTest {
    private static int checks = 0;

    private static void check(boolean ok, String what) {
        checks++;
        if (!ok) {
            throw new AssertionError("check failed: " + what);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        for (Constructor<?> constructor : MetricsRegistry.class.getDeclaredConstructors()) {
            check(Modifier.isPrivate(constructor.getModifiers()), "constructors are private");
        }

        // Concurrent first calls all see the same instance.
        Set<MetricsRegistry> seen = ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                MetricsRegistry registry = MetricsRegistry.instance();
                seen.add(registry);
                for (int i = 0; i < 1000; i++) {
                    registry.increment("hits");
                }
            }));
        }
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        check(seen.size() == 1, "one instance");
        check(MetricsRegistry.instance().value("hits") == 4000, "no lost increments");

        MetricsRegistry first = MetricsRegistry.instance();
        check(first.value("orders.placed") == 0, "unknown counters read 0");
        CheckoutService checkout = new CheckoutService(MetricsRegistry.instance());
        checkout.placeOrder();
        checkout.placeOrder();
        MetricsRegistry.instance().increment("orders.placed", 3);
        check(first.value("orders.placed") == 5, "five orders");

        System.out.println("ood-singleton-pattern (Java): all " + checks + " checks passed");
    }
}
