// Checks the Java class design printed in content/questions/ood/ood-composite-pattern.md.
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

class ScenarioTest {
    private static int checks = 0;

    private static void check(boolean ok, String what) {
        checks++;
        if (!ok) {
            throw new AssertionError("check failed: " + what);
        }
    }

    public static void main(String[] args) {
        Organization org = new Organization();
        OrganizationalUnit security = org.root().add(new OrganizationalUnit("Security"));
        security.add(new Account("audit", 5000));
        security.add(new Account("logs", 12000));
        OrganizationalUnit workloads = org.root().add(
            new OrganizationalUnit("Workloads", Optional.of(Set.of("ec2", "s3", "lambda", "dynamodb"))));
        OrganizationalUnit prod = workloads.add(new OrganizationalUnit("Prod", Optional.of(Set.of("ec2", "s3", "dynamodb"))));
        prod.add(new Account("shop-prod", 250000));
        OrganizationalUnit dev = workloads.add(new OrganizationalUnit("Dev"));
        dev.add(new Account("shop-dev", 40000));
        dev.add(new Account("sandbox", 1550, Optional.of(Set.of("s3"))));
        org.root().add(new Account("management", 0));

        check(org.root().monthlyCost() == 308550 && org.root().accountCount() == 6, "root totals");
        check(workloads.monthlyCost() == 291550 && dev.monthlyCost() == 41550, "subtree totals");
        check(OrgNode.dollars(1550).equals("$15.50") && OrgNode.dollars(5).equals("$0.05"), "dollars");
        check(org.render().equals(List.of(
            "ou Root (6 accounts, $3085.50)",
            "  ou Security (2 accounts, $170.00)",
            "    account audit $50.00",
            "    account logs $120.00",
            "  ou Workloads (3 accounts, $2915.50)",
            "    ou Prod (1 account, $2500.00)",
            "      account shop-prod $2500.00",
            "    ou Dev (2 accounts, $415.50)",
            "      account shop-dev $400.00",
            "      account sandbox $15.50",
            "  account management $0.00")), "rendered tree");

        check(org.isServiceAllowed("shop-dev", "lambda"), "dev may use lambda");
        check(!org.isServiceAllowed("shop-prod", "lambda"), "prod may not");
        check(!org.isServiceAllowed("shop-dev", "sagemaker"), "workloads blocks sagemaker");
        check(org.isServiceAllowed("audit", "sagemaker"), "security is unrestricted");
        check(!org.isServiceAllowed("sandbox", "ec2") && org.isServiceAllowed("sandbox", "s3"), "account policy");
        check(!org.isServiceAllowed("nobody", "s3"), "unknown account");

        List<OrgNode> path = new ArrayList<>();
        check(org.root().pathTo("sandbox", path) && path.size() == 4 && path.get(1).name().equals("Workloads"), "path");

        System.out.println("ood-composite-pattern (Java): all " + checks + " checks passed");
    }
}
