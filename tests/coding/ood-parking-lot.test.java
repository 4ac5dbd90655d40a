// Checks the Java class design printed in content/questions/ood/ood-parking-lot.md.
import java.util.List;
import java.util.Map;
import java.util.Optional;

class ScenarioTest {
    private static int checks = 0;

    private static void check(boolean ok, String what) {
        checks++;
        if (!ok) {
            throw new AssertionError("check failed: " + what);
        }
    }

    // Flat 1000 cents per started hour for every type, no grace period.
    private static final PricingStrategy FLAT_RATE = (type, minutes) -> (minutes + 59) / 60 * 1000;

    private static ParkingLot makeLot() {
        List<Level> levels = List.of(
            new Level(0, List.of(SpotSize.SMALL, SpotSize.COMPACT, SpotSize.LARGE)),
            new Level(1, List.of(SpotSize.COMPACT, SpotSize.LARGE)));
        return new ParkingLot(levels, new HourlyPricing(Map.of(
            VehicleType.MOTORCYCLE, 200L, VehicleType.CAR, 400L, VehicleType.TRUCK, 800L), 15));
    }

    private static boolean at(Optional<Ticket> ticket, int level, int spot) {
        return ticket.isPresent() && ticket.get().level() == level && ticket.get().spotId() == spot;
    }

    public static void main(String[] args) {
        check(VehicleType.MOTORCYCLE.minimumSpot() == SpotSize.SMALL, "motorcycle fits small");
        check(VehicleType.CAR.minimumSpot() == SpotSize.COMPACT, "car needs compact");
        check(VehicleType.TRUCK.minimumSpot() == SpotSize.LARGE, "truck needs large");

        HourlyPricing pricing = new HourlyPricing(Map.of(
            VehicleType.MOTORCYCLE, 200L, VehicleType.CAR, 400L, VehicleType.TRUCK, 800L), 15);
        check(pricing.feeCents(VehicleType.CAR, 0) == 0, "free at 0 minutes");
        check(pricing.feeCents(VehicleType.CAR, 15) == 0, "free within grace");
        check(pricing.feeCents(VehicleType.CAR, 16) == 400, "first hour");
        check(pricing.feeCents(VehicleType.CAR, 60) == 400, "exactly one hour");
        check(pricing.feeCents(VehicleType.CAR, 61) == 800, "second started hour");
        check(pricing.feeCents(VehicleType.TRUCK, 150) == 2400, "truck 3 hours");
        check(pricing.feeCents(VehicleType.MOTORCYCLE, 120) == 400, "motorcycle 2 hours");

        ParkingLot lot = makeLot();
        check(lot.freeSpots(SpotSize.SMALL) == 1, "one small");
        check(lot.freeSpots(SpotSize.COMPACT) == 2, "two compact");
        check(lot.freeSpots(SpotSize.LARGE) == 2, "two large");

        Optional<Ticket> bike = lot.park(new Vehicle("M-1", VehicleType.MOTORCYCLE), 0);
        check(at(bike, 0, 0), "bike on level 0 spot 0");
        Optional<Ticket> car1 = lot.park(new Vehicle("C-1", VehicleType.CAR), 0);
        check(at(car1, 0, 1), "car 1 compact on level 0");
        Optional<Ticket> car2 = lot.park(new Vehicle("C-2", VehicleType.CAR), 10);
        check(at(car2, 1, 0), "car 2 compact on level 1 before large on level 0");
        Optional<Ticket> car3 = lot.park(new Vehicle("C-3", VehicleType.CAR), 10);
        check(at(car3, 0, 2), "car 3 takes a large spot");
        Optional<Ticket> truck = lot.park(new Vehicle("T-1", VehicleType.TRUCK), 20);
        check(at(truck, 1, 1), "truck on level 1");
        check(lot.park(new Vehicle("T-2", VehicleType.TRUCK), 20).isEmpty(), "full for trucks");
        check(lot.park(new Vehicle("M-2", VehicleType.MOTORCYCLE), 20).isEmpty(), "full for all");
        check(lot.park(new Vehicle("C-1", VehicleType.CAR), 30).isEmpty(), "duplicate plate");
        check(lot.freeSpots(SpotSize.LARGE) == 0, "no large left");
        check(bike.get().id() != car1.get().id() && car1.get().id() != car2.get().id(), "unique ids");

        Optional<Receipt> receipt = lot.leave(car3.get().id(), 10 + 61);
        check(receipt.isPresent() && receipt.get().minutesParked() == 61
              && receipt.get().feeCents() == 800, "car 3 pays two started hours");
        check(lot.leave(car3.get().id(), 200).isEmpty(), "ticket is single use");
        check(lot.leave(9999, 200).isEmpty(), "unknown ticket");
        check(lot.freeSpots(SpotSize.LARGE) == 1, "large spot freed");
        check(at(lot.park(new Vehicle("T-2", VehicleType.TRUCK), 100), 0, 2), "truck 2 gets it");

        Optional<Receipt> quick = lot.leave(bike.get().id(), 10);
        check(quick.isPresent() && quick.get().feeCents() == 0, "grace period");
        check(at(lot.park(new Vehicle("M-1", VehicleType.MOTORCYCLE), 11), 0, 0), "plate may return");

        lot.setPricing(FLAT_RATE);
        Optional<Receipt> flat = lot.leave(truck.get().id(), 20 + 90);
        check(flat.isPresent() && flat.get().feeCents() == 2000, "flat rate after swap");

        Optional<Receipt> odd = lot.leave(car1.get().id(), -5);
        check(odd.isPresent() && odd.get().minutesParked() == 0 && odd.get().feeCents() == 0,
              "clock going backwards");

        boolean threw = false;
        try {
            new ParkingLot(List.of(), null);
        } catch (NullPointerException expected) {
            threw = true;
        }
        check(threw, "null pricing rejected");

        System.out.println("ood-parking-lot (Java): all " + checks + " checks passed");
    }
}
