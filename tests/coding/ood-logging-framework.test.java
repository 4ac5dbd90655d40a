// Checks the Java class design printed in content/questions/ood/ood-logging-framework.md.
import java.util.List;
import java.util.Map;

class ScenarioTest {
    private static int checks = 0;

    private static void check(boolean ok, String what) {
        checks++;
        if (!ok) {
            throw new AssertionError("check failed: " + what);
        }
    }

    public static void main(String[] args) {
        long[] now = {1000};
        LogManager manager = new LogManager(() -> now[0]++);
        MemoryAppender all = new MemoryAppender(100, new TextFormatter());
        manager.root().addAppender(all);

        Logger db = manager.get("app.db");
        check(db == manager.get("app.db") && manager.get("") == manager.root(), "same logger per name");
        db.debug("pool warmed");
        db.log(Level.INFO, "connected", List.of(Map.entry("host", "db1"), Map.entry("ms", "12")));
        check(all.lines().equals(List.of("1000 INFO app.db - connected host=db1 ms=12")), "text line");
        check(!db.isEnabled(Level.DEBUG) && db.isEnabled(Level.WARN), "inherits INFO from root");

        Logger app = manager.get("app");
        Logger pool = manager.get("app.db.pool");
        app.setLevel(Level.DEBUG);
        check(db.effectiveLevel() == Level.DEBUG && pool.effectiveLevel() == Level.DEBUG, "inherit DEBUG");
        check(manager.get("billing").effectiveLevel() == Level.INFO, "other branch");
        db.setLevel(Level.WARN);
        check(pool.effectiveLevel() == Level.WARN && app.effectiveLevel() == Level.DEBUG, "nearest ancestor");
        db.setLevel(null);
        check(db.effectiveLevel() == Level.DEBUG, "unset again");

        MemoryAppender json = new MemoryAppender(100, new JsonFormatter());
        app.addAppender(json);
        pool.log(Level.DEBUG, "borrowed", List.of(Map.entry("id", "7")));
        check(json.lines().equals(List.of(
            "{\"ts\":1001,\"level\":\"DEBUG\",\"logger\":\"app.db.pool\",\"msg\":\"borrowed\",\"id\":\"7\"}")), "json");
        check(all.lines().size() == 2, "root also received it");
        app.setAdditive(false);
        db.info("no root");
        check(json.lines().size() == 2 && all.lines().size() == 2, "additivity off");
        app.setAdditive(true);

        StringBuilder errors = new StringBuilder();
        manager.root().addAppender(new StreamAppender(errors, new TextFormatter(), Level.ERROR));
        db.warn("slow query");
        db.log(Level.ERROR, "failover", List.of(Map.entry("to", "db2")));
        check(errors.toString().equals("1004 ERROR app.db - failover to=db2\n"), "threshold");

        check(JsonFormatter.quote("say \"hi\"\n\\").equals("\"say \\\"hi\\\"\\n\\\\\""), "escaping");
        check(JsonFormatter.quote("\u0001").equals("\"\\u0001\""), "control characters");

        MemoryAppender recent = new MemoryAppender(2, new TextFormatter());
        Logger jobs = manager.get("jobs");
        jobs.addAppender(recent);
        jobs.info("one");
        jobs.info("two");
        jobs.info("three");
        check(recent.lines().size() == 2 && recent.lines().get(0).contains("two"), "ring buffer");
        jobs.setLevel(Level.OFF);
        jobs.error("silenced");
        check(recent.lines().get(1).contains("three") && !jobs.isEnabled(Level.ERROR), "OFF");

        System.out.println("ood-logging-framework (Java): all " + checks + " checks passed");
    }
}
