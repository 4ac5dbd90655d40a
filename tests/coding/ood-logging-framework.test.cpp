// Checks the C++ class design printed in content/questions/ood/ood-logging-framework.md.
#include SOLUTION_HEADER

#include <iostream>
#include <memory>
#include <sstream>
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

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    using V = std::vector<std::string>;
    std::int64_t now = 1000;
    LogManager manager([&now] { return now++; });
    auto all = std::make_shared<MemoryAppender>(100, std::make_unique<TextFormatter>());
    manager.root().addAppender(all);

    Logger& db = manager.get("app.db");
    EXPECT(&db == &manager.get("app.db"));
    EXPECT(&manager.get("") == &manager.root());
    db.debug("pool warmed");  // root is INFO: dropped
    db.info("connected", {{"host", "db1"}, {"ms", "12"}});
    EXPECT((all->lines() == V{"1000 INFO app.db - connected host=db1 ms=12"}));
    EXPECT(!db.isEnabled(Level::Debug) && db.isEnabled(Level::Warn));

    // Levels are inherited from the nearest ancestor that sets one.
    Logger& app = manager.get("app");
    Logger& pool = manager.get("app.db.pool");
    app.setLevel(Level::Debug);
    EXPECT(db.effectiveLevel() == Level::Debug && pool.effectiveLevel() == Level::Debug);
    EXPECT(manager.get("billing").effectiveLevel() == Level::Info);
    db.setLevel(Level::Warn);
    EXPECT(pool.effectiveLevel() == Level::Warn && app.effectiveLevel() == Level::Debug);
    db.setLevel(std::nullopt);
    EXPECT(db.effectiveLevel() == Level::Debug);

    // Additivity: app's own appender and the root's both see app.db's records.
    auto json = std::make_shared<MemoryAppender>(100, std::make_unique<JsonFormatter>());
    app.addAppender(json);
    pool.debug("borrowed", {{"id", "7"}});
    EXPECT((json->lines() == V{"{\"ts\":1001,\"level\":\"DEBUG\",\"logger\":\"app.db.pool\",\"msg\":\"borrowed\",\"id\":\"7\"}"}));
    EXPECT(all->lines().size() == 2 && all->lines().back() == "1001 DEBUG app.db.pool - borrowed id=7");
    app.setAdditive(false);
    db.info("no root");
    EXPECT(json->lines().size() == 2 && all->lines().size() == 2);
    app.setAdditive(true);

    // Per-appender thresholds, and a stream appender.
    std::ostringstream errors;
    manager.root().addAppender(std::make_shared<StreamAppender>(errors, std::make_unique<TextFormatter>(), Level::Error));
    db.warn("slow query");
    db.error("failover", {{"to", "db2"}});
    EXPECT(errors.str() == "1004 ERROR app.db - failover to=db2\n");

    // JSON escaping.
    EXPECT(JsonFormatter::quote("say \"hi\"\n\\") == "\"say \\\"hi\\\"\\n\\\\\"");
    EXPECT(JsonFormatter::quote(std::string(1, '\x01')) == "\"\\u0001\"");

    // A memory appender keeps only the newest lines; OFF silences a logger.
    auto recent = std::make_shared<MemoryAppender>(2, std::make_unique<TextFormatter>());
    Logger& jobs = manager.get("jobs");
    jobs.addAppender(recent);
    jobs.info("one");
    jobs.info("two");
    jobs.info("three");
    EXPECT(recent->lines().size() == 2 && recent->lines()[0].find("two") != std::string::npos);
    jobs.setLevel(Level::Off);
    jobs.error("silenced");
    EXPECT(recent->lines().back().find("three") != std::string::npos);
    EXPECT(!jobs.isEnabled(Level::Off) && !jobs.isEnabled(Level::Error));

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-logging-framework: all checks passed\n";
    return 0;
}
