// Checks the C++ class design printed in content/questions/ood/ood-command-pattern.md.
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
    using V = std::vector<std::string>;
    ConfigStore config;
    config.set("timeout", "30");
    Fleet fleet(50);
    fleet.setDesired("web", 4);
    ChangeRunner runner;

    // A successful change set.
    ChangeSet release;
    release.push_back(std::make_unique<SetConfigCommand>(config, "timeout", "10"));
    release.push_back(std::make_unique<SetConfigCommand>(config, "feature.checkout", "on"));
    release.push_back(std::make_unique<ScaleCommand>(fleet, "web", 6));
    const ApplyResult ok = runner.apply(std::move(release));
    EXPECT(ok.succeeded);
    EXPECT((ok.log == V{"applied: set timeout=10", "applied: set feature.checkout=on", "applied: scale web to 6"}));
    EXPECT(config.get("timeout") == std::optional<std::string>("10") && fleet.desired("web") == 6);

    // A failing step rolls back the steps before it, newest first.
    ChangeSet risky;
    risky.push_back(std::make_unique<SetConfigCommand>(config, "timeout", "5"));
    risky.push_back(std::make_unique<ScaleCommand>(fleet, "worker", 3));
    risky.push_back(std::make_unique<ScaleCommand>(fleet, "web", 99));  // over the limit of 50
    risky.push_back(std::make_unique<SetConfigCommand>(config, "never", "applied"));
    const ApplyResult failed = runner.apply(std::move(risky));
    EXPECT(!failed.succeeded);
    EXPECT((failed.log == V{"applied: set timeout=5", "applied: scale worker to 3", "failed: scale web to 99",
                            "rolled back: scale worker to 3", "rolled back: set timeout=5"}));
    EXPECT(config.get("timeout") == std::optional<std::string>("10"));
    EXPECT(fleet.desired("worker") == 0 && fleet.desired("web") == 6 && !config.get("never"));
    EXPECT(runner.applied() == 1);  // failed sets are not in the history

    // Undo the whole release: values restored, and a key that did not exist is removed again.
    EXPECT(runner.undoLast());
    EXPECT(config.get("timeout") == std::optional<std::string>("30"));
    EXPECT(!config.get("feature.checkout"));
    EXPECT(fleet.desired("web") == 4);
    EXPECT(!runner.undoLast());

    // An empty change set succeeds and can be undone harmlessly.
    EXPECT(runner.apply({}).succeeded && runner.undoLast());

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-command-pattern: all checks passed\n";
    return 0;
}
