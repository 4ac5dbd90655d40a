// Checks the C++ class design printed in content/questions/ood/ood-template-method-pattern.md.
#include SOLUTION_HEADER

#include <iostream>
#include <map>
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
    using V = std::vector<std::string>;
    const V csv{"id,amount", "A1,1250", "", "A2,-5", "A3,abc", "A4,300", "broken line"};
    {  // tolerant run: bad lines are reported, good ones committed
        std::map<std::string, std::int64_t> orders;
        CsvOrderImport job(orders, 10);
        const ImportReport r = job.run(csv);
        EXPECT(r.read == 5 && r.imported == 2 && r.rejected == 3 && !r.aborted);
        EXPECT((r.errors == V{"A2,-5: amount must be positive", "A3,abc: amount is not a number",
                              "broken line: expected id,amount"}));
        EXPECT((orders == std::map<std::string, std::int64_t>{{"A1", 1250}, {"A4", 300}}));
    }
    {  // strict run: the second bad line aborts, and nothing is committed
        std::map<std::string, std::int64_t> orders{{"OLD", 1}};
        CsvOrderImport job(orders, 1);
        const ImportReport r = job.run(csv);
        EXPECT(r.aborted && r.rejected == 2 && r.imported == 1);
        EXPECT((orders == std::map<std::string, std::int64_t>{{"OLD", 1}}));
    }
    {  // a different format reuses the same skeleton
        std::map<std::string, std::string> config;
        KeyValueImport job(config);
        const ImportReport r = job.run({"# settings", "region=eu-west-1", "   ", "=oops", "retries = 3", "noequals"});
        EXPECT(r.read == 4 && r.imported == 2 && r.rejected == 2);
        EXPECT((config == std::map<std::string, std::string>{{"region", "eu-west-1"}, {"retries", "3"}}));
        EXPECT((r.errors == V{"=oops: empty key", "noequals: expected key=value"}));
    }
    {  // empty input still runs setup and finish
        std::map<std::string, std::int64_t> orders;
        CsvOrderImport job(orders, 0);
        const ImportReport r = job.run({});
        EXPECT(r.read == 0 && !r.aborted && orders.empty());
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-template-method-pattern: all checks passed\n";
    return 0;
}
