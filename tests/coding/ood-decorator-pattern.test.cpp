// Checks the C++ class design printed in content/questions/ood/ood-decorator-pattern.md.
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
}  // namespace

#define EXPECT(...) expect((__VA_ARGS__), #__VA_ARGS__, __LINE__)

int main() {
    std::int64_t nowMs = 0;
    int calls = 0;
    int failFirst = 2;  // the backend answers 503 twice, then 200; each call takes 10 ms
    auto core = std::make_shared<FunctionHandler>([&](const Request& r) {
        ++calls;
        nowMs += 10;
        return calls <= failFirst ? Response{503, "busy"} : Response{200, "orders for " + r.path};
    });
    auto clock = [&nowMs] { return nowMs; };

    {  // metrics outside retries: one logical request, its total latency, no error
        Metrics m;
        auto stack = std::make_shared<MetricsDecorator>(std::make_shared<RetryDecorator>(core, 3), m, "api", clock);
        const Response r = stack->handle({"GET", "/orders"});
        EXPECT(r.status == 200 && calls == 3);
        EXPECT(m.value("api.requests") == 1 && m.value("api.errors") == 0 && m.value("api.latency_ms") == 30);
    }
    {  // metrics inside retries: every attempt is visible, including the two failures
        calls = 0;
        Metrics m;
        auto stack = std::make_shared<RetryDecorator>(std::make_shared<MetricsDecorator>(core, m, "backend", clock), 3);
        EXPECT(stack->handle({"GET", "/orders"}).status == 200);
        EXPECT(m.value("backend.requests") == 3 && m.value("backend.errors") == 2);
    }
    {  // POST is not retried: it may not be safe to repeat
        calls = 0;
        RetryDecorator retry(core, 3);
        EXPECT(retry.handle({"POST", "/orders"}).status == 503 && calls == 1);
    }
    {  // attempts run out: the last response is returned
        calls = 0;
        failFirst = 10;
        RetryDecorator retry(core, 3);
        EXPECT(retry.handle({"GET", "/orders"}).status == 503 && calls == 3);
        failFirst = 2;
    }
    {  // any number of layers, in any order; each is a Handler
        calls = 0;
        Metrics m;
        std::vector<std::string> log;
        HandlerPtr stack = core;
        stack = std::make_shared<RetryDecorator>(stack, 5);
        stack = std::make_shared<MetricsDecorator>(stack, m, "api", clock);
        stack = std::make_shared<AccessLogDecorator>(stack, log);
        const Response r = stack->handle({"GET", "/orders"});
        EXPECT(r.status == 200 && r.body == "orders for /orders");
        EXPECT((log == std::vector<std::string>{"GET /orders -> 200"}));
        EXPECT(m.value("api.requests") == 1);
    }
    bool threw = false;
    try {
        RetryDecorator bad(nullptr, 3);
    } catch (const std::invalid_argument&) {
        threw = true;
    }
    EXPECT(threw);

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-decorator-pattern: all checks passed\n";
    return 0;
}
