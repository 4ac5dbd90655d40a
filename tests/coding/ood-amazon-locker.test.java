// Checks the Java class design printed in content/questions/ood/ood-amazon-locker.md.
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

class ScenarioTest {
    private static int checks = 0;

    private static void check(boolean ok, String what) {
        checks++;
        if (!ok) {
            throw new AssertionError("check failed: " + what);
        }
    }

    private static CodeGenerator scripted(String... codes) {
        List<String> list = List.of(codes);
        return new CodeGenerator() {
            private int next = 0;

            @Override
            public String next() { return list.get(next++ % list.size()); }
        };
    }

    private static List<Compartment> layout() {
        return List.of(new Compartment("S1", Size.SMALL), new Compartment("M1", Size.MEDIUM),
                       new Compartment("M2", Size.MEDIUM), new Compartment("L1", Size.LARGE));
    }

    public static void main(String[] args) {
        List<String> log = new ArrayList<>();
        PickupNotifier notifier = (a, loc) ->
            log.add(a.customerId + ":" + a.orderId + "@" + loc + ":" + a.code + ":" + a.pickupDeadline);
        LockerLocation locker = new LockerLocation("LOC-1", layout(),
            scripted("111111", "111111", "222222", "333333"), notifier, LockerRules.standard());

        check(locker.reserve("o1", "ana", Size.SMALL, 1000).equals(Optional.of("S1")), "small");
        check(locker.reserve("o2", "bob", Size.SMALL, 1000).equals(Optional.of("M1")), "next size up");
        check(locker.reserve("o3", "cy", Size.LARGE, 1000).equals(Optional.of("L1")), "large");
        check(locker.reserve("o4", "dan", Size.MEDIUM, 1000).equals(Optional.of("M2")), "medium");
        check(locker.reserve("o5", "eve", Size.SMALL, 1000).isEmpty(), "full");
        check(locker.reserve("o1", "ana", Size.SMALL, 1000).isEmpty(), "same order twice");

        check(locker.deposit("o1", 100).equals(Optional.of("S1")), "deposit o1");
        check(locker.deposit("o2", 100).equals(Optional.of("M1")), "deposit o2");
        check(locker.assignment("o1").orElseThrow().code.equals("111111"), "code o1");
        check(locker.assignment("o2").orElseThrow().code.equals("222222"), "collision skipped");
        check(log.equals(List.of("ana:o1@LOC-1:111111:4420", "bob:o2@LOC-1:222222:4420")), "notified");
        check(locker.deposit("o1", 120).isEmpty() && locker.deposit("nope", 120).isEmpty(), "bad deposits");

        for (int i = 0; i < 5; i++) {
            check(locker.pickup("000000", 200).status() == PickupStatus.WRONG_CODE, "wrong code");
        }
        check(locker.pickup("111111", 201).status() == PickupStatus.LOCKED_OUT, "locked");
        PickupResult got = locker.pickup("111111", 215);
        check(got.status() == PickupStatus.OK && got.compartmentId().equals("S1") && got.orderId().equals("o1"), "pickup");
        check(locker.pickup("111111", 216).status() == PickupStatus.WRONG_CODE, "single use");
        check(locker.freeCount(Size.SMALL) == 1, "S1 free again");

        check(locker.releaseExpiredReservations(1001).equals(List.of("o3", "o4")), "reservations expired");
        check(locker.reserve("o6", "fay", Size.LARGE, 3000).equals(Optional.of("L1")), "L1 reused");
        check(locker.deposit("o3", 1002).isEmpty(), "late carrier refused");

        check(locker.expireUncollected(5000).equals(List.of("o2")), "o2 uncollected");
        check(locker.pickup("222222", 5001).status() == PickupStatus.WRONG_CODE, "code revoked");
        check(locker.freeCount(Size.MEDIUM) == 1, "M1 still occupied");
        check(locker.collectReturn("o2") && !locker.collectReturn("o2"), "collected once");
        check(locker.freeCount(Size.MEDIUM) == 2, "M1 free");

        CodeGenerator other = scripted("444444");
        LockerNetwork network = new LockerNetwork();
        network.add(new LockerLocation("NEAR", List.of(new Compartment("S1", Size.SMALL)), other, notifier,
                                       LockerRules.standard()));
        network.add(new LockerLocation("FAR", layout(), other, notifier, LockerRules.standard()));
        check(network.reserveNearest(List.of("NEAR", "FAR"), "p1", "gus", Size.SMALL, 500).equals(Optional.of("NEAR")), "near");
        check(network.reserveNearest(List.of("NEAR", "FAR"), "p2", "hal", Size.SMALL, 500).equals(Optional.of("FAR")), "far");
        check(network.reserveNearest(List.of("NEAR", "MISSING"), "p3", "ida", Size.LARGE, 500).isEmpty(), "none");

        String code = new RandomCodeGenerator(7).next();
        check(code.length() == 6 && code.chars().allMatch(Character::isDigit), "six digits");

        System.out.println("ood-amazon-locker (Java): all " + checks + " checks passed");
    }
}
