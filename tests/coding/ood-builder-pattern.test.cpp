// Checks the C++ class design printed in content/questions/ood/ood-builder-pattern.md.
#include SOLUTION_HEADER

#include <iostream>
#include <string>
#include <type_traits>

static_assert(!std::is_default_constructible_v<HttpRequest>, "only the builder creates requests");

namespace {
int failures = 0;

void expect(bool ok, const char* what, int line) {
    if (!ok) {
        std::cerr << "line " << line << ": check failed: " << what << '\n';
        ++failures;
    }
}

bool rejects(const HttpRequest::Builder& b, const std::string& fragment) {
    try {
        b.build();
    } catch (const std::invalid_argument& e) {
        return std::string(e.what()).find(fragment) != std::string::npos;
    }
    return false;
}
}  // namespace

#define EXPECT(...) expect((__VA_ARGS__), #__VA_ARGS__, __LINE__)

int main() {
    const HttpRequest get = HttpRequest::builder()
                                .url("https://api.example.com/orders")
                                .query("status", "shipped")
                                .query("q", "two words&more")
                                .header("Accept", "application/json")
                                .build();
    EXPECT(get.method() == "GET" && get.timeoutMs() == 30000 && get.maxRetries() == 3);  // defaults
    EXPECT(get.requestLine() == "GET https://api.example.com/orders?status=shipped&q=two%20words%26more");
    EXPECT(get.headers().at("accept") == "application/json");  // names are case-insensitive

    const HttpRequest post = HttpRequest::builder()
                                 .method("POST")
                                 .url("https://api.example.com/orders?dryRun=true")
                                 .header("content-type", "text/plain")
                                 .header("Content-Type", "application/json")  // replaces
                                 .body("{\"sku\":\"A1\"}")
                                 .timeoutMs(2000)
                                 .maxRetries(0)
                                 .query("v", "2")
                                 .build();
    EXPECT(post.headers().size() == 2 && post.headers().at("Content-Type") == "application/json");
    EXPECT(post.headers().at("Content-Length") == "12");
    EXPECT(post.requestLine() == "POST https://api.example.com/orders?dryRun=true&v=2");
    EXPECT(post.timeoutMs() == 2000 && post.maxRetries() == 0);

    // toBuilder: a modified copy; the original is untouched.
    const HttpRequest slower = post.toBuilder().timeoutMs(10000).build();
    EXPECT(slower.timeoutMs() == 10000 && post.timeoutMs() == 2000 && slower.body() == post.body());

    // Validation happens once, in build(), with a message that names the problem.
    EXPECT(rejects(HttpRequest::builder(), "url"));
    EXPECT(rejects(HttpRequest::builder().url("ftp://x"), "url"));
    EXPECT(rejects(HttpRequest::builder().url("https://x").body("data"), "GET must not have a body"));
    EXPECT(rejects(HttpRequest::builder().url("https://x").timeoutMs(0), "timeout"));
    EXPECT(rejects(HttpRequest::builder().url("https://x").maxRetries(11), "retries"));
    EXPECT(rejects(HttpRequest::builder().url("https://x").method("BREW"), "unsupported method"));

    // A builder can be kept and reused as a template.
    HttpRequest::Builder base = HttpRequest::builder().url("https://api.example.com/health").timeoutMs(500);
    const HttpRequest a = base.build();
    const HttpRequest b = base.header("X-Trace", "1").build();
    EXPECT(a.headers().empty() && b.headers().size() == 1 && a.timeoutMs() == 500);

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-builder-pattern: all checks passed\n";
    return 0;
}
