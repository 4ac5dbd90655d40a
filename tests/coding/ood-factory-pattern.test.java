// Checks the Java class design printed in content/questions/ood/ood-factory-pattern.md.
import java.util.ArrayList;
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
        NotifierFactory factory = NotifierFactory.withDefaults();
        check(factory.keys().equals(List.of("email", "push", "sms")), "default keys, sorted");
        for (String key : List.of("email", "sms", "push")) {
            check(factory.create(key).map(Notifier::channel).orElse("").equals(key), "channel " + key);
        }
        check(factory.create("pigeon").isEmpty(), "unknown key");
        check(factory.create("email").orElseThrow().send("ana@example.com", "shipped")
                  .equals("email to ana@example.com: shipped"), "email text");
        check(factory.create("sms").orElseThrow().send("+100", "x".repeat(200)).length()
                  == "sms to +100: ".length() + 160, "sms truncated to one segment");
        check(factory.create("push").orElseThrow() != factory.create("push").orElseThrow(),
              "fresh object per call");

        List<String> sent = new ArrayList<>();
        Notifier fake = new Notifier() {
            @Override public String channel() { return "fake"; }

            @Override
            public String send(String recipient, String text) {
                sent.add(recipient + "|" + text);
                return "recorded";
            }
        };
        check(factory.add("fake", () -> fake), "new channel registered");
        check(!factory.add("email", () -> fake), "duplicate key refused");
        check(factory.create("email").orElseThrow().channel().equals("email"), "email unchanged");
        factory.create("fake").orElseThrow().send("bob", "hello");
        check(sent.equals(List.of("bob|hello")), "fake received the message");

        System.out.println("ood-factory-pattern (Java): all " + checks + " checks passed");
    }
}
