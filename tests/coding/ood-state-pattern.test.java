// Checks the Java class design printed in content/questions/ood/ood-state-pattern.md.
import java.util.List;

class ScenarioTest {
    private static int checks = 0;

    private static void check(boolean ok, String what) {
        checks++;
        if (!ok) {
            throw new AssertionError("check failed: " + what);
        }
    }

    public static void main(String[] args) {
        Instance vm = new Instance("i-0abc");
        check(vm.state().equals("pending"), "starts pending");
        check(vm.stop() == ActionResult.INCORRECT_STATE && vm.start() == ActionResult.NO_CHANGE, "pending rules");
        vm.advance(100);
        check(vm.billedSeconds() == 0, "pending not billed");
        vm.finishTransition();
        check(vm.state().equals("running"), "running");

        vm.advance(60);
        check(vm.reboot() == ActionResult.OK && vm.reboots() == 1 && vm.state().equals("running"), "reboot");
        check(vm.stop() == ActionResult.OK && vm.state().equals("stopping"), "stopping");
        vm.advance(30);
        check(vm.billedSeconds() == 60, "stopping not billed");
        check(vm.stop() == ActionResult.NO_CHANGE && vm.start() == ActionResult.INCORRECT_STATE, "stopping rules");
        vm.finishTransition();
        vm.advance(1000);
        check(vm.state().equals("stopped") && vm.billedSeconds() == 60, "stopped not billed");

        check(vm.start() == ActionResult.OK && vm.state().equals("pending"), "restart");
        vm.finishTransition();
        vm.advance(40);
        check(vm.billedSeconds() == 100, "billed again while running");

        check(vm.terminate() == ActionResult.OK && vm.terminate() == ActionResult.NO_CHANGE, "terminate once");
        vm.finishTransition();
        check(vm.state().equals("terminated") && vm.start() == ActionResult.INCORRECT_STATE, "terminal");
        check(vm.history().equals(List.of("pending", "running", "stopping", "stopped", "pending", "running",
                                          "shutting-down", "terminated")), "history");

        Instance quick = new Instance("i-0def");
        check(quick.terminate() == ActionResult.OK && quick.state().equals("shutting-down"), "terminate while pending");

        System.out.println("ood-state-pattern (Java): all " + checks + " checks passed");
    }
}
