// Checks the Java class design printed in content/questions/ood/ood-builder-pattern.md.
import java.lang.reflect.Modifier;

class ScenarioTest {
    private static int checks = 0;

    private static void check(boolean ok, String what) {
        checks++;
        if (!ok) {
            throw new AssertionError("check failed: " + what);
        }
    }

    private static boolean rejects(HttpRequest.Builder b, String fragment) {
        try {
            b.build();
        } catch (IllegalArgumentException e) {
            return e.getMessage().contains(fragment);
        }
        return false;
    }

    public static void main(String[] args) throws Exception {
        check(Modifier.isPrivate(HttpRequest.class.getDeclaredConstructors()[0].getModifiers()), "private constructor");

        HttpRequest get = HttpRequest.builder()
            .url("https://api.example.com/orders")
            .query("status", "shipped")
            .query("q", "two words&more")
            .header("Accept", "application/json")
            .build();
        check(get.method().equals("GET") && get.timeoutMs() == 30_000 && get.maxRetries() == 3, "defaults");
        check(get.requestLine().equals("GET https://api.example.com/orders?status=shipped&q=two%20words%26more"), "query");
        check(get.headers().get("accept").equals("application/json"), "case-insensitive headers");

        HttpRequest post = HttpRequest.builder()
            .method("POST")
            .url("https://api.example.com/orders?dryRun=true")
            .header("content-type", "text/plain")
            .header("Content-Type", "application/json")
            .body("{\"sku\":\"A1\"}")
            .timeoutMs(2000)
            .maxRetries(0)
            .query("v", "2")
            .build();
        check(post.headers().size() == 2 && post.headers().get("Content-Type").equals("application/json"), "replace");
        check(post.headers().get("Content-Length").equals("12"), "derived header");
        check(post.requestLine().equals("POST https://api.example.com/orders?dryRun=true&v=2"), "existing query");

        HttpRequest slower = post.toBuilder().timeoutMs(10_000).build();
        check(slower.timeoutMs() == 10_000 && post.timeoutMs() == 2000 && slower.body().equals(post.body()), "toBuilder");

        boolean immutable = false;
        try {
            post.headers().put("X", "y");
        } catch (UnsupportedOperationException expected) {
            immutable = true;
        }
        check(immutable, "headers are read-only");

        check(rejects(HttpRequest.builder(), "url"), "missing url");
        check(rejects(HttpRequest.builder().url("https://x").body("data"), "GET must not have a body"), "body on GET");
        check(rejects(HttpRequest.builder().url("https://x").timeoutMs(0), "timeout"), "timeout");
        check(rejects(HttpRequest.builder().url("https://x").maxRetries(11), "retries"), "retries");
        check(rejects(HttpRequest.builder().url("https://x").method("BREW"), "unsupported method"), "method");

        System.out.println("ood-builder-pattern (Java): all " + checks + " checks passed");
    }
}
