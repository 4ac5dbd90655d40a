// Checks the C++ class design printed in content/questions/ood/ood-amazon-locker.md.
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

// Hands out a fixed list of codes, so collisions can be provoked.
class ScriptedCodes : public CodeGenerator {
public:
    explicit ScriptedCodes(std::vector<std::string> codes) : codes_(std::move(codes)) {}
    std::string next() override { return codes_.at(next_++ % codes_.size()); }

private:
    std::vector<std::string> codes_;
    std::size_t next_ = 0;
};

class RecordingNotifier : public PickupNotifier {
public:
    void packageReady(const Assignment& a, const std::string& locationId) override {
        log.push_back(a.customerId + ":" + a.orderId + "@" + locationId + ":" + a.code + ":" +
                      std::to_string(a.pickupDeadline));
    }
    std::vector<std::string> log;
};

std::vector<Compartment> layout() {
    return {{"S1", Size::Small, CompartmentState::Free, ""},
            {"M1", Size::Medium, CompartmentState::Free, ""},
            {"M2", Size::Medium, CompartmentState::Free, ""},
            {"L1", Size::Large, CompartmentState::Free, ""}};
}
}  // namespace

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    ScriptedCodes codes({"111111", "111111", "222222", "333333"});
    RecordingNotifier notifier;
    LockerLocation locker("LOC-1", layout(), codes, notifier);

    // Smallest fitting compartment at reservation time.
    EXPECT(locker.reserve("o1", "ana", Size::Small, 1000) == std::optional<std::string>("S1"));
    EXPECT(locker.reserve("o2", "bob", Size::Small, 1000) == std::optional<std::string>("M1"));  // no small left
    EXPECT(locker.reserve("o3", "cy", Size::Large, 1000) == std::optional<std::string>("L1"));
    EXPECT(locker.reserve("o4", "dan", Size::Medium, 1000) == std::optional<std::string>("M2"));
    EXPECT(!locker.reserve("o5", "eve", Size::Small, 1000));  // full
    EXPECT(!locker.reserve("o1", "ana", Size::Small, 1000));  // same order twice
    EXPECT(locker.freeCount(Size::Medium) == 0);

    // Delivery issues a code and notifies; codes are unique among live codes.
    EXPECT(locker.deposit("o1", 100) == std::optional<std::string>("S1"));
    EXPECT(locker.deposit("o2", 100) == std::optional<std::string>("M1"));
    EXPECT(locker.assignment("o1")->code == "111111");
    EXPECT(locker.assignment("o2")->code == "222222");  // "111111" was taken
    EXPECT((notifier.log == std::vector<std::string>{"ana:o1@LOC-1:111111:4420", "bob:o2@LOC-1:222222:4420"}));
    EXPECT(!locker.deposit("o1", 120));   // already delivered
    EXPECT(!locker.deposit("nope", 120));

    // Brute force protection: five wrong codes lock the keypad for 15 minutes.
    for (int i = 0; i < 5; ++i) EXPECT(locker.pickup("000000", 200).status == PickupStatus::WrongCode);
    EXPECT(locker.pickup("111111", 201).status == PickupStatus::LockedOut);
    const PickupResult got = locker.pickup("111111", 215);
    EXPECT(got.status == PickupStatus::Ok && got.compartmentId == "S1" && got.orderId == "o1");
    EXPECT(locker.pickup("111111", 216).status == PickupStatus::WrongCode);  // single use
    EXPECT(locker.freeCount(Size::Small) == 1);
    EXPECT(locker.assignment("o1")->state == PackageState::PickedUp);

    // An unused reservation expires; the compartment can then go to someone else.
    EXPECT((locker.releaseExpiredReservations(1001) == std::vector<std::string>{"o3", "o4"}));
    EXPECT(locker.reserve("o6", "fay", Size::Large, 3000) == std::optional<std::string>("L1"));
    EXPECT(!locker.deposit("o3", 1002));  // the carrier arrives too late: no reservation

    // Uncollected packages: codes stop working, the door stays shut until the carrier collects.
    EXPECT((locker.expireUncollected(5000) == std::vector<std::string>{"o2"}));
    EXPECT(locker.pickup("222222", 5001).status == PickupStatus::WrongCode);
    EXPECT(locker.freeCount(Size::Medium) == 1);  // M2 freed by the reservation expiry, M1 still full
    EXPECT(locker.collectReturn("o2"));
    EXPECT(!locker.collectReturn("o2"));
    EXPECT(locker.freeCount(Size::Medium) == 2);

    // The network reserves at the nearest location with space.
    ScriptedCodes otherCodes({"444444"});
    LockerNetwork network;
    network.add(std::make_unique<LockerLocation>(
        "NEAR", std::vector<Compartment>{{"S1", Size::Small, CompartmentState::Free, ""}}, otherCodes, notifier));
    network.add(std::make_unique<LockerLocation>("FAR", layout(), otherCodes, notifier));
    EXPECT(network.reserveNearest({"NEAR", "FAR"}, "p1", "gus", Size::Small, 500) == std::optional<std::string>("NEAR"));
    EXPECT(network.reserveNearest({"NEAR", "FAR"}, "p2", "hal", Size::Small, 500) == std::optional<std::string>("FAR"));
    EXPECT(!network.reserveNearest({"NEAR", "MISSING"}, "p3", "ida", Size::Large, 500));

    RandomCodeGenerator random(7);
    const std::string code = random.next();
    EXPECT(code.size() == 6 && code.find_first_not_of("0123456789") == std::string::npos);

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-amazon-locker: all checks passed\n";
    return 0;
}
