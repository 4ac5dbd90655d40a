// Checks the Java class design printed in content/questions/ood/ood-strategy-pattern.md.
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

    public static void main(String[] args) {
        FixedBackoff fixed = new FixedBackoff(250);
        check(fixed.delayMs(1) == 250 && fixed.delayMs(10) == 250, "fixed");
        ExponentialBackoff exp = new ExponentialBackoff(100, 1000);
        check(exp.delayMs(1) == 100 && exp.delayMs(2) == 200 && exp.delayMs(3) == 400, "doubling");
        check(exp.delayMs(4) == 800 && exp.delayMs(5) == 1000, "capped at 1000");
        check(exp.delayMs(1_000_000) == 1000, "no overflow");
        FullJitterBackoff jitter = new FullJitterBackoff(100, 1000, 42);
        boolean sawDifferent = false;
        long previous = -1;
        for (int attempt = 1; attempt <= 200; attempt++) {
            long d = jitter.delayMs(attempt);
            long ceiling = attempt >= 5 ? 1000 : (100L << (attempt - 1));
            check(d >= 0 && d <= ceiling, "jitter within [0, ceiling]");
            if (previous >= 0 && d != previous) {
                sawDifferent = true;
            }
            previous = d;
        }
        check(sawDifferent, "jitter varies");

        List<Long> waits = new ArrayList<>();
        RetryingCaller caller = new RetryingCaller(new ExponentialBackoff(100, 10_000), 5, waits::add);
        int[] calls = {0};
        check(caller.call(() -> ++calls[0] == 3) == 3, "succeeds on the third attempt");
        check(waits.equals(List.of(100L, 200L)), "two waits");
        waits.clear();
        calls[0] = 0;
        check(caller.call(() -> { calls[0]++; return false; }) == -1, "gives up");
        check(calls[0] == 5, "five attempts");
        check(waits.equals(List.of(100L, 200L, 400L, 800L)), "four waits");
        caller.setPolicy(attempt -> 7L);  // a lambda is a strategy too
        waits.clear();
        calls[0] = 0;
        check(caller.call(() -> ++calls[0] == 2) == 2, "after swap");
        check(waits.equals(List.of(7L)), "new policy used");
        waits.clear();
        check(caller.call(() -> true) == 1 && waits.isEmpty(), "immediate success");

        boolean threw = false;
        try {
            new RetryingCaller(null, 3, ms -> { });
        } catch (IllegalArgumentException expected) {
            threw = true;
        }
        check(threw, "null policy rejected");
        threw = false;
        try {
            new RetryingCaller(new FixedBackoff(1), 0, ms -> { });
        } catch (IllegalArgumentException expected) {
            threw = true;
        }
        check(threw, "zero attempts rejected");

        System.out.println("ood-strategy-pattern (Java): all " + checks + " checks passed");
    }
}
