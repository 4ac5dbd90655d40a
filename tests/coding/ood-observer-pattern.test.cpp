// Checks the C++ class design printed in content/questions/ood/ood-observer-pattern.md.
#include SOLUTION_HEADER

#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace {
int failures = 0;

void expect(bool ok, const char* what, int line) {
    if (!ok) {
        std::cerr << "line " << line << ": check failed: " << what << '\n';
        ++failures;
    }
}

class Recorder : public OrderListener {
public:
    explicit Recorder(std::string name, std::vector<std::string>* log) : name_(std::move(name)), log_(log) {}
    void onStatusChanged(const OrderEvent& event) override {
        log_->push_back(name_ + ":" + event.orderId + ":" + std::to_string(static_cast<int>(event.from)) +
                        "->" + std::to_string(static_cast<int>(event.to)));
    }

private:
    std::string name_;
    std::vector<std::string>* log_;
};

// Unsubscribes itself the first time it is notified.
class OneShot : public OrderListener {
public:
    OneShot(OrderTracker* tracker, std::vector<std::string>* log) : tracker_(tracker), log_(log) {}
    void onStatusChanged(const OrderEvent& event) override {
        log_->push_back("oneshot:" + event.orderId);
        tracker_->unsubscribe(token);
    }
    OrderTracker::Token token = 0;

private:
    OrderTracker* tracker_;
    std::vector<std::string>* log_;
};
}  // namespace

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    using V = std::vector<std::string>;
    std::vector<std::string> log;
    OrderTracker tracker;
    auto email = std::make_shared<Recorder>("email", &log);
    auto dashboard = std::make_shared<Recorder>("dash", &log);
    const auto emailToken = tracker.subscribe(email);
    tracker.subscribe(dashboard);

    tracker.place("A-17");
    EXPECT(tracker.update("A-17", OrderStatus::Shipped));
    EXPECT((log == V{"email:A-17:0->2", "dash:A-17:0->2"}));

    log.clear();
    EXPECT(!tracker.update("A-17", OrderStatus::Shipped));  // no change, no event
    EXPECT(!tracker.update("missing", OrderStatus::Packed));
    EXPECT(log.empty());

    EXPECT(tracker.unsubscribe(emailToken));
    EXPECT(!tracker.unsubscribe(emailToken));
    tracker.update("A-17", OrderStatus::Delivered);
    EXPECT((log == V{"dash:A-17:2->3"}));

    // A destroyed observer is skipped and forgotten.
    log.clear();
    dashboard.reset();
    EXPECT(tracker.listenerCount() == 1);
    tracker.place("B-2");
    tracker.update("B-2", OrderStatus::Cancelled);
    EXPECT(log.empty());
    EXPECT(tracker.listenerCount() == 0);

    // Unsubscribing during notification is safe and takes effect immediately.
    auto oneShot = std::make_shared<OneShot>(&tracker, &log);
    oneShot->token = tracker.subscribe(oneShot);
    auto after = std::make_shared<Recorder>("after", &log);
    tracker.subscribe(after);
    tracker.place("C-3");
    tracker.update("C-3", OrderStatus::Packed);
    tracker.update("C-3", OrderStatus::Shipped);
    EXPECT((log == V{"oneshot:C-3", "after:C-3:0->1", "after:C-3:1->2"}));
    EXPECT(tracker.listenerCount() == 1);

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-observer-pattern: all checks passed\n";
    return 0;
}
