// Checks the C++ class design printed in content/questions/ood/ood-composite-pattern.md.
#include SOLUTION_HEADER

#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {
int failures = 0;

void expect(bool ok, const char* what, int line) {
    if (!ok) {
        std::cerr << "line " << line << ": check failed: " << what << '\n';
        ++failures;
    }
}
}  // namespace

#define EXPECT(...) expect((__VA_ARGS__), #__VA_ARGS__, __LINE__)

int main() {
    using S = std::set<std::string>;
    Organization org;
    auto& security = org.root().add(std::make_unique<OrganizationalUnit>("Security"));
    security.add(std::make_unique<Account>("audit", 5000));
    security.add(std::make_unique<Account>("logs", 12000));
    auto& workloads = org.root().add(std::make_unique<OrganizationalUnit>("Workloads", S{"ec2", "s3", "lambda", "dynamodb"}));
    auto& prod = workloads.add(std::make_unique<OrganizationalUnit>("Prod", S{"ec2", "s3", "dynamodb"}));
    prod.add(std::make_unique<Account>("shop-prod", 250000));
    auto& dev = workloads.add(std::make_unique<OrganizationalUnit>("Dev"));
    dev.add(std::make_unique<Account>("shop-dev", 40000));
    dev.add(std::make_unique<Account>("sandbox", 1550, S{"s3"}));
    org.root().add(std::make_unique<Account>("management", 0));

    // One call on the root answers for the whole tree; the same call works on any subtree or leaf.
    EXPECT(org.root().monthlyCost() == 308550 && org.root().accountCount() == 6);
    EXPECT(workloads.monthlyCost() == 291550 && workloads.accountCount() == 3);
    EXPECT(dev.monthlyCost() == 41550);
    EXPECT(dollars(1550) == "$15.50" && dollars(5) == "$0.05" && dollars(0) == "$0.00");

    EXPECT((org.render() == std::vector<std::string>{
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
                                "  account management $0.00",
                            }));

    // Policies narrow down the tree; every level must allow the service.
    EXPECT(org.isServiceAllowed("shop-dev", "lambda"));
    EXPECT(!org.isServiceAllowed("shop-prod", "lambda"));     // Prod does not list it
    EXPECT(!org.isServiceAllowed("shop-dev", "sagemaker"));   // Workloads does not list it
    EXPECT(org.isServiceAllowed("audit", "sagemaker"));       // nothing above Security restricts it
    EXPECT(!org.isServiceAllowed("sandbox", "ec2"));          // the account's own policy
    EXPECT(org.isServiceAllowed("sandbox", "s3"));
    EXPECT(!org.isServiceAllowed("nobody", "s3"));

    std::vector<const OrgNode*> path;
    EXPECT(org.root().pathTo("sandbox", path) && path.size() == 4 && path[1]->name() == "Workloads");

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-composite-pattern: all checks passed\n";
    return 0;
}
