// Checks the C++ class design printed in content/questions/ood/ood-elevator-system.md.
#include SOLUTION_HEADER

#include <iostream>
#include <memory>
#include <vector>

namespace {
int failures = 0;

void expect(bool ok, const char* what, int line) {
    if (!ok) {
        std::cerr << "line " << line << ": check failed: " << what << '\n';
        ++failures;
    }
}

void run(ElevatorController& controller, int ticks) {
    for (int i = 0; i < ticks; ++i) controller.step();
}

// Always picks car 0 while it is in service: shows the strategy is swappable.
class FirstCarStrategy : public DispatchStrategy {
public:
    int choose(const std::vector<ElevatorCar>& cars, const HallCall&) const override {
        for (const ElevatorCar& car : cars) {
            if (car.inService()) return car.id();
        }
        return -1;
    }
};
}  // namespace

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    using V = std::vector<int>;
    ElevatorController building(0, 9, 2, std::make_unique<NearestCarStrategy>());

    // Invalid calls.
    EXPECT(building.requestPickup(9, Direction::Up) == -1);
    EXPECT(building.requestPickup(0, Direction::Down) == -1);
    EXPECT(building.requestPickup(10, Direction::Down) == -1);
    EXPECT(building.requestPickup(4, Direction::Idle) == -1);
    EXPECT(!building.selectFloor(0, -1));
    EXPECT(!building.selectFloor(2, 3));

    // Both cars idle at 0: tie goes to car 0. Five ticks to travel, one to open the doors.
    EXPECT(building.requestPickup(5, Direction::Up) == 0);
    EXPECT(building.requestPickup(5, Direction::Up) == 0);  // pressed twice
    run(building, 5);
    EXPECT(building.car(0).floor() == 5 && building.car(0).stopsServed().empty());
    building.step();
    EXPECT((building.car(0).stopsServed() == V{5}));
    EXPECT(building.car(1).floor() == 0 && building.car(1).direction() == Direction::Idle);

    // Car 0 heads up to 8; a down call at 3 is cheaper for the idle car 1 (3 floors vs 3 + 5).
    EXPECT(building.selectFloor(0, 8));
    EXPECT(NearestCarStrategy::cost(building.car(0), {3, Direction::Down}) == 8);
    EXPECT(building.requestPickup(3, Direction::Down) == 1);
    run(building, 4);
    EXPECT(building.car(0).floor() == 8 && (building.car(0).stopsServed() == V{5, 8}));
    EXPECT(building.car(1).floor() == 3 && (building.car(1).stopsServed() == V{3}));
    EXPECT(building.car(1).direction() == Direction::Down);  // turned for the down passenger
    EXPECT(building.selectFloor(1, 0));
    run(building, 4);
    EXPECT(building.car(1).floor() == 0 && (building.car(1).stopsServed() == V{3, 0}));
    building.step();
    EXPECT(building.car(0).direction() == Direction::Idle && building.car(1).direction() == Direction::Idle);

    // LOOK order: from 8, the nearest stop 9 first, then sweep down to 6 and 2.
    building.selectFloor(0, 2);
    building.selectFloor(0, 6);
    building.selectFloor(0, 9);
    run(building, 12);
    EXPECT((building.car(0).stopsServed() == V{5, 8, 9, 6, 2}));
    EXPECT(!building.car(0).hasWork());

    // A car moving up does not stop for a down call on the way; it takes it on the way back.
    // Car 0 is at 2; car 1 at 0 is taken out of service first so car 0 gets every call.
    building.setInService(1, false);
    building.selectFloor(0, 7);
    building.step();  // leaves 2 going up: now at 3
    EXPECT(building.requestPickup(4, Direction::Down) == 0);
    run(building, 5);  // 4, 5, 6, 7, then the stop at 7
    EXPECT(building.car(0).floor() == 7 && building.car(0).stopsServed().back() == 7);
    run(building, 4);  // 6,5,4 then stop at 4
    EXPECT(building.car(0).floor() == 4 && building.car(0).stopsServed().back() == 4);

    // Leaving service hands hall calls to another car; no car in service means -1.
    building.setInService(1, true);
    building.setInService(0, false);
    EXPECT(building.requestPickup(6, Direction::Up) == 1);
    building.setInService(0, true);
    building.setInService(1, false);  // car 1's call moves to car 0
    EXPECT(building.car(0).hasHallCall({6, Direction::Up}));
    EXPECT(!building.car(1).hasHallCall({6, Direction::Up}));
    building.setInService(0, false);
    EXPECT(building.requestPickup(2, Direction::Up) == -1);

    // The dispatch strategy is a plug-in.
    ElevatorController simple(0, 4, 3, std::make_unique<FirstCarStrategy>());
    EXPECT(simple.requestPickup(4, Direction::Down) == 0);
    EXPECT(simple.requestPickup(1, Direction::Up) == 0);

    bool threw = false;
    try {
        ElevatorController bad(0, 9, 0, std::make_unique<NearestCarStrategy>());
    } catch (const std::invalid_argument&) {
        threw = true;
    }
    EXPECT(threw);

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-elevator-system: all checks passed\n";
    return 0;
}
