// Checks the C++ class design printed in content/questions/ood/ood-factory-pattern.md.
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

class FakeNotifier : public Notifier {
public:
    explicit FakeNotifier(std::vector<std::string>* sink) : sink_(sink) {}
    std::string channel() const override { return "fake"; }
    std::string send(const std::string& recipient, const std::string& text) override {
        sink_->push_back(recipient + "|" + text);
        return "recorded";
    }

private:
    std::vector<std::string>* sink_;
};
}  // namespace

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    NotifierFactory factory = NotifierFactory::withDefaults();
    EXPECT((factory.keys() == std::vector<std::string>{"email", "push", "sms"}));
    for (const std::string key : {"email", "sms", "push"}) {
        const auto notifier = factory.create(key);
        EXPECT(notifier != nullptr && notifier->channel() == key);
    }
    EXPECT(factory.create("pigeon") == nullptr);
    EXPECT(factory.create("email")->send("ana@example.com", "shipped") ==
           "email to ana@example.com: shipped");
    EXPECT(factory.create("sms")->send("+100", std::string(200, 'x')).size() ==
           std::string("sms to +100: ").size() + 160);

    // Each create() returns a fresh object.
    const auto a = factory.create("push");
    const auto b = factory.create("push");
    EXPECT(a.get() != b.get());

    // Registering a new type needs no change to the factory; duplicates are refused.
    std::vector<std::string> sent;
    EXPECT(factory.add("fake", [&sent] { return std::make_unique<FakeNotifier>(&sent); }));
    EXPECT(!factory.add("email", [&sent] { return std::make_unique<FakeNotifier>(&sent); }));
    EXPECT(factory.create("email")->channel() == "email");
    factory.create("fake")->send("bob", "hello");
    EXPECT(sent.size() == 1 && sent[0] == "bob|hello");

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-factory-pattern: all checks passed\n";
    return 0;
}
