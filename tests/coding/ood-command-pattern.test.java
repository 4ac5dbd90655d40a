// Checks the Java class design printed in content/questions/ood/ood-command-pattern.md.
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

    public static void main(String[] args) {
        ConfigStore config = new ConfigStore();
        config.set("timeout", "30");
        Fleet fleet = new Fleet(50);
        fleet.setDesired("web", 4);
        ChangeRunner runner = new ChangeRunner();

        ApplyResult ok = runner.apply(List.of(
            new SetConfigCommand(config, "timeout", "10"),
            new SetConfigCommand(config, "feature.checkout", "on"),
            new ScaleCommand(fleet, "web", 6)));
        check(ok.succeeded(), "release applied");
        check(ok.log().equals(List.of("applied: set timeout=10", "applied: set feature.checkout=on",
                                      "applied: scale web to 6")), "log");
        check(config.get("timeout").equals(Optional.of("10")) && fleet.desired("web") == 6, "state after release");

        ApplyResult failed = runner.apply(List.of(
            new SetConfigCommand(config, "timeout", "5"),
            new ScaleCommand(fleet, "worker", 3),
            new ScaleCommand(fleet, "web", 99),
            new SetConfigCommand(config, "never", "applied")));
        check(!failed.succeeded(), "risky change failed");
        check(failed.log().equals(List.of("applied: set timeout=5", "applied: scale worker to 3",
            "failed: scale web to 99", "rolled back: scale worker to 3", "rolled back: set timeout=5")), "rollback order");
        check(config.get("timeout").equals(Optional.of("10")) && fleet.desired("worker") == 0, "restored");
        check(fleet.desired("web") == 6 && config.get("never").isEmpty() && runner.applied() == 1, "nothing else moved");

        check(runner.undoLast(), "undo release");
        check(config.get("timeout").equals(Optional.of("30")) && config.get("feature.checkout").isEmpty(), "config undone");
        check(fleet.desired("web") == 4 && !runner.undoLast(), "fleet undone, history empty");

        Command lambdaLike = new Command() {
            private int runs;
            @Override public boolean execute() { runs++; return true; }
            @Override public void undo() { runs--; }
            @Override public String describe() { return "count runs (" + runs + ")"; }
        };
        check(runner.apply(List.of(lambdaLike)).log().get(0).equals("applied: count runs (1)"), "custom command");
        check(runner.undoLast() && lambdaLike.describe().equals("count runs (0)"), "custom undo");

        System.out.println("ood-command-pattern (Java): all " + checks + " checks passed");
    }
}
