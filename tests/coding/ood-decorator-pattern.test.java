// Checks the Java class design printed in content/questions/ood/ood-decorator-pattern.md.
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
        long[] nowMs = {0};
        int[] calls = {0};
        int[] failFirst = {2};
        Handler core = r -> {
            calls[0]++;
            nowMs[0] += 10;
            return calls[0] <= failFirst[0] ? new Response(503, "busy") : new Response(200, "orders for " + r.path());
        };

        Metrics outer = new Metrics();
        Handler a = new MetricsDecorator(new RetryDecorator(core, 3), outer, "api", () -> nowMs[0]);
        check(a.handle(new Request("GET", "/orders")).status() == 200 && calls[0] == 3, "retried to success");
        check(outer.value("api.requests") == 1 && outer.value("api.errors") == 0 && outer.value("api.latency_ms") == 30,
              "metrics outside retries");

        calls[0] = 0;
        Metrics inner = new Metrics();
        Handler b = new RetryDecorator(new MetricsDecorator(core, inner, "backend", () -> nowMs[0]), 3);
        check(b.handle(new Request("GET", "/orders")).status() == 200, "same result");
        check(inner.value("backend.requests") == 3 && inner.value("backend.errors") == 2, "metrics inside retries");

        calls[0] = 0;
        check(new RetryDecorator(core, 3).handle(new Request("POST", "/orders")).status() == 503 && calls[0] == 1,
              "POST not retried");

        calls[0] = 0;
        failFirst[0] = 10;
        check(new RetryDecorator(core, 3).handle(new Request("GET", "/orders")).status() == 503 && calls[0] == 3,
              "attempts exhausted");
        failFirst[0] = 2;

        calls[0] = 0;
        List<String> log = new ArrayList<>();
        Metrics m = new Metrics();
        Handler stack = core;
        stack = new RetryDecorator(stack, 5);
        stack = new MetricsDecorator(stack, m, "api", () -> nowMs[0]);
        stack = new AccessLogDecorator(stack, log);
        Response r = stack.handle(new Request("GET", "/orders"));
        check(r.status() == 200 && r.body().equals("orders for /orders"), "full stack");
        check(log.equals(List.of("GET /orders -> 200")) && m.value("api.requests") == 1, "log and metrics");

        boolean threw = false;
        try {
            new RetryDecorator(null, 3);
        } catch (NullPointerException expected) {
            threw = true;
        }
        check(threw, "null inner rejected");

        System.out.println("ood-decorator-pattern (Java): all " + checks + " checks passed");
    }
}
