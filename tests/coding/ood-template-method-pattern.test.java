// Checks the Java class design printed in content/questions/ood/ood-template-method-pattern.md.
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class ScenarioTest {
    private static int checks = 0;

    private static void check(boolean ok, String what) {
        checks++;
        if (!ok) {
            throw new AssertionError("check failed: " + what);
        }
    }

    public static void main(String[] args) {
        List<String> csv = List.of("id,amount", "A1,1250", "", "A2,-5", "A3,abc", "A4,300", "broken line");

        Map<String, Long> orders = new HashMap<>();
        ImportReport r = new CsvOrderImport(orders, 10).run(csv);
        check(r.read == 5 && r.imported == 2 && r.rejected == 3 && !r.aborted, "counts");
        check(r.errors.equals(List.of("A2,-5: amount must be positive", "A3,abc: amount is not a number",
                                      "broken line: expected id,amount")), "errors");
        check(orders.equals(Map.of("A1", 1250L, "A4", 300L)), "committed");

        Map<String, Long> strictOrders = new HashMap<>(Map.of("OLD", 1L));
        ImportReport strict = new CsvOrderImport(strictOrders, 1).run(csv);
        check(strict.aborted && strict.rejected == 2 && strict.imported == 1, "aborted");
        check(strictOrders.equals(Map.of("OLD", 1L)), "nothing committed");

        Map<String, String> config = new HashMap<>();
        ImportReport kv = new KeyValueImport(config).run(
            List.of("# settings", "region=eu-west-1", "   ", "=oops", "retries = 3", "noequals"));
        check(kv.read == 4 && kv.imported == 2 && kv.rejected == 2, "key-value counts");
        check(config.equals(Map.of("region", "eu-west-1", "retries", "3")), "key-value content");
        check(kv.errors.equals(List.of("=oops: empty key", "noequals: expected key=value")), "key-value errors");

        ImportReport empty = new CsvOrderImport(new HashMap<>(), 0).run(List.of());
        check(empty.read == 0 && !empty.aborted, "empty input");

        System.out.println("ood-template-method-pattern (Java): all " + checks + " checks passed");
    }
}
