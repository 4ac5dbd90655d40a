// Checks the Java class design printed in content/questions/ood/ood-observer-pattern.md.
import java.util.ArrayList;
import java.util.List;

class ScenarioTest {
    private static int checks = 0;

    private static void check(boolean ok, String what) {
        checks++;
        if (!ok) {
            throw new AssertionError("check failed: " + what);
        }
    }

    private static OrderListener recorder(String name, List<String> log) {
        return event -> log.add(name + ":" + event.orderId() + ":" + event.from().ordinal() + "->"
                                + event.to().ordinal());
    }

    public static void main(String[] args) {
        List<String> log = new ArrayList<>();
        OrderTracker tracker = new OrderTracker();
        OrderTracker.Subscription email = tracker.subscribe(recorder("email", log));
        OrderTracker.Subscription dash = tracker.subscribe(recorder("dash", log));

        tracker.place("A-17");
        check(tracker.update("A-17", OrderStatus.SHIPPED), "status changed");
        check(log.equals(List.of("email:A-17:0->2", "dash:A-17:0->2")), "both notified in order");

        log.clear();
        check(!tracker.update("A-17", OrderStatus.SHIPPED), "no-op change");
        check(!tracker.update("missing", OrderStatus.PACKED), "unknown order");
        check(log.isEmpty(), "no events");

        email.close();
        email.close();  // idempotent
        tracker.update("A-17", OrderStatus.DELIVERED);
        check(log.equals(List.of("dash:A-17:2->3")), "only dash after unsubscribe");
        dash.close();
        check(tracker.listenerCount() == 0, "all gone");

        // Unsubscribing during notification is safe and takes effect immediately.
        log.clear();
        OrderTracker.Subscription[] self = new OrderTracker.Subscription[1];
        self[0] = tracker.subscribe(event -> {
            log.add("oneshot:" + event.orderId());
            self[0].close();
        });
        tracker.subscribe(recorder("after", log));
        tracker.place("C-3");
        tracker.update("C-3", OrderStatus.PACKED);
        tracker.update("C-3", OrderStatus.SHIPPED);
        check(log.equals(List.of("oneshot:C-3", "after:C-3:0->1", "after:C-3:1->2")), "one shot");
        check(tracker.listenerCount() == 1, "one listener left");

        // try-with-resources scopes a subscription.
        log.clear();
        try (OrderTracker.Subscription scoped = tracker.subscribe(recorder("scoped", log))) {
            check(scoped != null && tracker.listenerCount() == 2, "scoped subscription active");
            tracker.update("C-3", OrderStatus.DELIVERED);
        }
        check(tracker.listenerCount() == 1, "scoped subscription closed");
        check(log.equals(List.of("after:C-3:2->3", "scoped:C-3:2->3")), "scoped notified once");

        System.out.println("ood-observer-pattern (Java): all " + checks + " checks passed");
    }
}
