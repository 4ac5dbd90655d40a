// Checks the Java class design printed in content/questions/ood/ood-elevator-system.md.
import java.util.List;

class ScenarioTest {
    private static int checks = 0;

    private static void check(boolean ok, String what) {
        checks++;
        if (!ok) {
            throw new AssertionError("check failed: " + what);
        }
    }

    private static void run(ElevatorController controller, int ticks) {
        for (int i = 0; i < ticks; i++) controller.step();
    }

    public static void main(String[] args) {
        ElevatorController building = new ElevatorController(0, 9, 2, new NearestCarStrategy());

        check(building.requestPickup(9, Direction.UP) == -1, "no up call on the top floor");
        check(building.requestPickup(0, Direction.DOWN) == -1, "no down call on the bottom floor");
        check(building.requestPickup(10, Direction.DOWN) == -1, "floor out of range");
        check(building.requestPickup(4, Direction.IDLE) == -1, "a call needs a direction");
        check(!building.selectFloor(0, -1), "bad floor");
        check(!building.selectFloor(2, 3), "bad car");

        check(building.requestPickup(5, Direction.UP) == 0, "tie goes to car 0");
        check(building.requestPickup(5, Direction.UP) == 0, "pressed twice");
        run(building, 5);
        check(building.car(0).floor() == 5 && building.car(0).stopsServed().isEmpty(), "arrived");
        building.step();
        check(building.car(0).stopsServed().equals(List.of(5)), "doors opened at 5");
        check(building.car(1).direction() == Direction.IDLE, "car 1 idle");

        check(building.selectFloor(0, 8), "car call 8");
        check(NearestCarStrategy.cost(building.car(0), new HallCall(3, Direction.DOWN)) == 8, "cost");
        check(building.requestPickup(3, Direction.DOWN) == 1, "idle car 1 is nearer");
        run(building, 4);
        check(building.car(0).floor() == 8 && building.car(0).stopsServed().equals(List.of(5, 8)), "car 0 at 8");
        check(building.car(1).floor() == 3 && building.car(1).stopsServed().equals(List.of(3)), "car 1 at 3");
        check(building.car(1).direction() == Direction.DOWN, "car 1 turned for the down passenger");
        building.selectFloor(1, 0);
        run(building, 4);
        check(building.car(1).stopsServed().equals(List.of(3, 0)), "car 1 took the passenger down");
        building.step();
        check(building.car(0).direction() == Direction.IDLE, "car 0 idle");

        building.selectFloor(0, 2);
        building.selectFloor(0, 6);
        building.selectFloor(0, 9);
        run(building, 12);
        check(building.car(0).stopsServed().equals(List.of(5, 8, 9, 6, 2)), "LOOK order");
        check(!building.car(0).hasWork(), "no work left");

        building.setInService(1, false);
        building.selectFloor(0, 7);
        building.step();
        check(building.requestPickup(4, Direction.DOWN) == 0, "car 0 takes the down call");
        run(building, 5);
        check(building.car(0).floor() == 7 && building.car(0).stopsServed().get(5) == 7, "passed 4 going up");
        run(building, 4);
        check(building.car(0).floor() == 4 && building.car(0).stopsServed().get(6) == 4, "4 on the way down");

        building.setInService(1, true);
        building.setInService(0, false);
        check(building.requestPickup(6, Direction.UP) == 1, "only car 1 in service");
        building.setInService(0, true);
        building.setInService(1, false);
        check(building.car(0).hasHallCall(new HallCall(6, Direction.UP)), "call moved to car 0");
        check(!building.car(1).hasHallCall(new HallCall(6, Direction.UP)), "car 1 released it");
        building.setInService(0, false);
        check(building.requestPickup(2, Direction.UP) == -1, "no car in service");

        DispatchStrategy firstCar = (cars, call) -> cars.stream()
            .filter(ElevatorCar::inService).mapToInt(ElevatorCar::id).findFirst().orElse(-1);
        ElevatorController simple = new ElevatorController(0, 4, 3, firstCar);
        check(simple.requestPickup(4, Direction.DOWN) == 0 && simple.requestPickup(1, Direction.UP) == 0,
              "strategy is a plug-in");

        boolean threw = false;
        try {
            new ElevatorController(0, 9, 0, new NearestCarStrategy());
        } catch (IllegalArgumentException expected) {
            threw = true;
        }
        check(threw, "zero cars rejected");

        System.out.println("ood-elevator-system (Java): all " + checks + " checks passed");
    }
}
