// Checks the Java class design printed in content/questions/ood/ood-chain-of-responsibility-pattern.md.
import java.util.HashMap;
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

    private static final String FILE = String.join("\n",
        "# managed by hand", "[default]", "aws_access_key_id = AKIDEFAULT", "aws_secret_access_key = secret-default",
        "", "[dev]", "aws_access_key_id=AKIDEV", "aws_secret_access_key=secret-dev", "aws_session_token=token-dev",
        "[empty]");

    public static void main(String[] args) {
        CredentialsProviderChain chain = CredentialsProviderChain.defaultChain(false);

        ChainResult none = chain.resolve(Environment.empty());
        check(none.credentials().isEmpty(), "nothing configured");
        check(none.attempts().equals(List.of("environment: AWS_ACCESS_KEY_ID is not set",
            "profile: ~/.aws/credentials not found", "instance-metadata: no instance metadata service")), "reasons");

        Map<String, String> vars = new HashMap<>();
        Map<String, String> files = new HashMap<>(Map.of("~/.aws/credentials", FILE));
        Environment env = new Environment(vars, files, null);
        ChainResult fromFile = chain.resolve(env);
        check(fromFile.credentials().orElseThrow().source().equals("profile:default"), "default profile");

        vars.put("AWS_PROFILE", "dev");
        Credentials dev = chain.resolve(env).credentials().orElseThrow();
        check(dev.sessionToken().equals("token-dev") && dev.source().equals("profile:dev"), "named profile");
        vars.put("AWS_PROFILE", "prod");
        check(chain.resolve(env).attempts().get(1).equals("profile: profile prod not found in ~/.aws/credentials"), "missing profile");
        vars.put("AWS_PROFILE", "empty");
        check(chain.resolve(env).attempts().get(1).equals("profile: profile empty has no keys"), "empty profile");
        vars.remove("AWS_PROFILE");

        vars.put("AWS_ACCESS_KEY_ID", "AKIENV");
        ChainResult half = chain.resolve(env);
        check(half.credentials().orElseThrow().source().equals("profile:default"), "half-set env falls through");
        check(half.attempts().get(0).equals("environment: AWS_SECRET_ACCESS_KEY is not set"), "reason recorded");
        vars.put("AWS_SECRET_ACCESS_KEY", "secret-env");
        ChainResult full = chain.resolve(env);
        check(full.credentials().orElseThrow().source().equals("environment") && full.attempts().isEmpty(), "env first");

        Environment onEc2 = new Environment(Map.of(), Map.of(),
            () -> Optional.of(new Credentials("ASIAROLE", "s", "t", "")));
        ChainResult role = chain.resolve(onEc2);
        check(role.credentials().orElseThrow().source().equals("instance-metadata") && role.attempts().size() == 2, "role");

        CredentialsProviderChain sticky = CredentialsProviderChain.defaultChain(true);
        Map<String, String> stickyVars = new HashMap<>();
        Map<String, String> stickyFiles = new HashMap<>(Map.of("~/.aws/credentials", FILE));
        Environment e = new Environment(stickyVars, stickyFiles, null);
        check(sticky.resolve(e).credentials().orElseThrow().source().equals("profile:default"), "first resolve");
        stickyVars.put("AWS_ACCESS_KEY_ID", "AKIENV");
        stickyVars.put("AWS_SECRET_ACCESS_KEY", "secret-env");
        ChainResult again = sticky.resolve(e);
        check(again.credentials().orElseThrow().source().equals("profile:default") && again.attempts().isEmpty(), "reused");
        stickyFiles.clear();
        ChainResult fallback = sticky.resolve(e);
        check(fallback.credentials().orElseThrow().source().equals("environment") && fallback.attempts().size() == 1, "fallback");

        System.out.println("ood-chain-of-responsibility-pattern (Java): all " + checks + " checks passed");
    }
}
