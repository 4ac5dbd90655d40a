// Checks the C++ class design printed in content/questions/ood/ood-chain-of-responsibility-pattern.md.
#include SOLUTION_HEADER

#include <iostream>
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

const char* kCredentialsFile =
    "# managed by hand\n"
    "[default]\n"
    "aws_access_key_id = AKIDEFAULT\n"
    "aws_secret_access_key = secret-default\n"
    "\n"
    "[dev]\n"
    "aws_access_key_id=AKIDEV\n"
    "aws_secret_access_key=secret-dev\n"
    "aws_session_token=token-dev\n"
    "[empty]\n";
}  // namespace

#define EXPECT(...) expect((__VA_ARGS__), #__VA_ARGS__, __LINE__)

int main() {
    using V = std::vector<std::string>;
    CredentialsProviderChain chain = CredentialsProviderChain::defaultChain();

    {  // nothing configured: every provider explains itself, in order
        const ChainResult r = chain.resolve(Environment{});
        EXPECT(!r.credentials);
        EXPECT((r.attempts == V{"environment: AWS_ACCESS_KEY_ID is not set", "profile: ~/.aws/credentials not found",
                                "instance-metadata: no instance metadata service"}));
    }
    Environment env;
    env.files["~/.aws/credentials"] = kCredentialsFile;
    {  // the profile file answers
        const ChainResult r = chain.resolve(env);
        EXPECT(r.credentials && r.credentials->accessKeyId == "AKIDEFAULT" && r.credentials->source == "profile:default");
        EXPECT(r.attempts.size() == 1);
    }
    {  // AWS_PROFILE picks a section; a session token is passed through
        env.variables["AWS_PROFILE"] = "dev";
        const ChainResult r = chain.resolve(env);
        EXPECT(r.credentials && r.credentials->sessionToken == "token-dev" && r.credentials->source == "profile:dev");
        env.variables["AWS_PROFILE"] = "prod";
        EXPECT((chain.resolve(env).attempts.at(1) == "profile: profile prod not found in ~/.aws/credentials"));
        env.variables["AWS_PROFILE"] = "empty";
        EXPECT((chain.resolve(env).attempts.at(1) == "profile: profile empty has no keys"));
        env.variables.erase("AWS_PROFILE");
    }
    {  // environment variables come first; a half-set pair falls through with a reason
        env.variables["AWS_ACCESS_KEY_ID"] = "AKIENV";
        ChainResult r = chain.resolve(env);
        EXPECT(r.credentials->source == "profile:default");
        EXPECT(r.attempts.front() == "environment: AWS_SECRET_ACCESS_KEY is not set");
        env.variables["AWS_SECRET_ACCESS_KEY"] = "secret-env";
        r = chain.resolve(env);
        EXPECT(r.credentials->source == "environment" && r.credentials->accessKeyId == "AKIENV" && r.attempts.empty());
    }
    {  // on an instance with a role and nothing else configured
        Environment onEc2;
        onEc2.instanceMetadata = [] { return std::optional<Credentials>(Credentials{"ASIAROLE", "s", "t", ""}); };
        const ChainResult r = chain.resolve(onEc2);
        EXPECT(r.credentials && r.credentials->source == "instance-metadata" && r.credentials->sessionToken == "t");
        EXPECT(r.attempts.size() == 2);
        onEc2.instanceMetadata = [] { return std::optional<Credentials>(); };
        EXPECT((chain.resolve(onEc2).attempts.back() == "instance-metadata: instance metadata returned no credentials"));
    }
    {  // reusing the provider that worked skips the ones before it
        CredentialsProviderChain sticky = CredentialsProviderChain::defaultChain(true);
        Environment e;
        e.files["~/.aws/credentials"] = kCredentialsFile;
        EXPECT(sticky.resolve(e).credentials->source == "profile:default");
        e.variables["AWS_ACCESS_KEY_ID"] = "AKIENV";
        e.variables["AWS_SECRET_ACCESS_KEY"] = "secret-env";
        const ChainResult again = sticky.resolve(e);
        EXPECT(again.credentials->source == "profile:default" && again.attempts.empty());  // env not consulted
        e.files.clear();  // the profile stops working: the full chain runs again
        const ChainResult fallback = sticky.resolve(e);
        EXPECT(fallback.credentials->source == "environment" && fallback.attempts.size() == 1);
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-chain-of-responsibility-pattern: all checks passed\n";
    return 0;
}
