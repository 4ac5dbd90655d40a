// Checks the C++ class design printed in content/questions/ood/ood-parking-lot.md.
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

// Flat 1000 cents per started hour for every type, no grace period.
class FlatRate : public PricingStrategy {
public:
    std::int64_t feeCents(VehicleType, std::int64_t minutes) const override {
        return (minutes + 59) / 60 * 1000;
    }
};

ParkingLot makeLot() {
    std::vector<Level> levels;
    levels.emplace_back(0, std::vector<SpotSize>{SpotSize::Small, SpotSize::Compact, SpotSize::Large});
    levels.emplace_back(1, std::vector<SpotSize>{SpotSize::Compact, SpotSize::Large});
    // motorcycle 200/h, car 400/h, truck 800/h, 15 free minutes
    return ParkingLot(std::move(levels), std::make_unique<HourlyPricing>(
                                                 std::array<std::int64_t, 3>{200, 400, 800}, 15));
}
}  // namespace

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    EXPECT(minimumSpotFor(VehicleType::Motorcycle) == SpotSize::Small);
    EXPECT(minimumSpotFor(VehicleType::Car) == SpotSize::Compact);
    EXPECT(minimumSpotFor(VehicleType::Truck) == SpotSize::Large);

    {  // pricing rules
        const HourlyPricing pricing({200, 400, 800}, 15);
        EXPECT(pricing.feeCents(VehicleType::Car, 0) == 0);
        EXPECT(pricing.feeCents(VehicleType::Car, 15) == 0);
        EXPECT(pricing.feeCents(VehicleType::Car, 16) == 400);
        EXPECT(pricing.feeCents(VehicleType::Car, 60) == 400);
        EXPECT(pricing.feeCents(VehicleType::Car, 61) == 800);
        EXPECT(pricing.feeCents(VehicleType::Truck, 150) == 2400);
        EXPECT(pricing.feeCents(VehicleType::Motorcycle, 120) == 400);
    }

    ParkingLot lot = makeLot();
    EXPECT(lot.freeSpots(SpotSize::Small) == 1);
    EXPECT(lot.freeSpots(SpotSize::Compact) == 2);
    EXPECT(lot.freeSpots(SpotSize::Large) == 2);

    // Smallest fitting spot, lowest level first.
    const auto bike = lot.park({"M-1", VehicleType::Motorcycle}, 0);
    EXPECT(bike && bike->level == 0 && bike->spotId == 0);
    const auto car1 = lot.park({"C-1", VehicleType::Car}, 0);
    EXPECT(car1 && car1->level == 0 && car1->spotId == 1);
    const auto car2 = lot.park({"C-2", VehicleType::Car}, 10);
    EXPECT(car2 && car2->level == 1 && car2->spotId == 0);  // compact on level 1 before large on 0
    const auto car3 = lot.park({"C-3", VehicleType::Car}, 10);
    EXPECT(car3 && car3->level == 0 && car3->spotId == 2);  // no compact left: large spot
    const auto truck = lot.park({"T-1", VehicleType::Truck}, 20);
    EXPECT(truck && truck->level == 1 && truck->spotId == 1);
    EXPECT(!lot.park({"T-2", VehicleType::Truck}, 20));  // full for trucks
    EXPECT(!lot.park({"M-2", VehicleType::Motorcycle}, 20));  // and for everything now
    EXPECT(!lot.park({"C-1", VehicleType::Car}, 30));  // duplicate plate
    EXPECT(lot.freeSpots(SpotSize::Large) == 0);

    // Ticket ids are unique.
    EXPECT(bike->id != car1->id && car1->id != car2->id && car2->id != car3->id);

    // Exit: fee, spot freed, ticket single use.
    const auto receipt = lot.leave(car3->id, 10 + 61);
    EXPECT(receipt && receipt->minutesParked == 61 && receipt->feeCents == 800);
    EXPECT(!lot.leave(car3->id, 200));
    EXPECT(!lot.leave(9999, 200));
    EXPECT(lot.freeSpots(SpotSize::Large) == 1);
    const auto truck2 = lot.park({"T-2", VehicleType::Truck}, 100);
    EXPECT(truck2 && truck2->level == 0 && truck2->spotId == 2);

    const auto quick = lot.leave(bike->id, 10);
    EXPECT(quick && quick->feeCents == 0);  // within the grace period
    const auto again = lot.park({"M-1", VehicleType::Motorcycle}, 11);  // same plate may return
    EXPECT(again && again->spotId == 0 && again->level == 0);

    // Swapping the pricing strategy at runtime.
    lot.setPricing(std::make_unique<FlatRate>());
    const auto flat = lot.leave(truck->id, 20 + 90);
    EXPECT(flat && flat->feeCents == 2000);

    // A clock that goes backwards never produces a negative duration.
    const auto odd = lot.leave(car1->id, -5);
    EXPECT(odd && odd->minutesParked == 0 && odd->feeCents == 0);

    bool threw = false;
    try {
        ParkingLot broken({}, nullptr);
    } catch (const std::invalid_argument&) {
        threw = true;
    }
    EXPECT(threw);

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-parking-lot: all checks passed\n";
    return 0;
}
