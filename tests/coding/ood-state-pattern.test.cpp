// Checks the C++ class design printed in content/questions/ood/ood-state-pattern.md.
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
}  // namespace

#define EXPECT(...) expect((__VA_ARGS__), #__VA_ARGS__, __LINE__)

int main() {
    using R = ActionResult;
    Instance vm("i-0abc");
    EXPECT(vm.state() == "pending");
    EXPECT(vm.stop() == R::IncorrectState);
    EXPECT(vm.start() == R::NoChange);  // already on its way up
    vm.advance(100);
    EXPECT(vm.billedSeconds() == 0);  // pending is not billed
    vm.finishTransition();
    EXPECT(vm.state() == "running");

    vm.advance(60);
    EXPECT(vm.reboot() == R::Ok && vm.reboots() == 1 && vm.state() == "running");
    EXPECT(vm.stop() == R::Ok && vm.state() == "stopping");
    vm.advance(30);
    EXPECT(vm.billedSeconds() == 60);
    EXPECT(vm.stop() == R::NoChange);         // a repeated request is harmless
    EXPECT(vm.start() == R::IncorrectState);  // cannot start while stopping
    EXPECT(vm.reboot() == R::IncorrectState);
    vm.finishTransition();
    EXPECT(vm.state() == "stopped");
    vm.advance(1000);
    EXPECT(vm.billedSeconds() == 60);

    EXPECT(vm.start() == R::Ok && vm.state() == "pending");
    vm.finishTransition();
    vm.advance(40);
    EXPECT(vm.billedSeconds() == 100);
    vm.finishTransition();  // nothing in progress: no effect
    EXPECT(vm.state() == "running");

    EXPECT(vm.terminate() == R::Ok && vm.state() == "shutting-down");
    EXPECT(vm.terminate() == R::NoChange);
    EXPECT(vm.start() == R::IncorrectState);
    vm.finishTransition();
    EXPECT(vm.state() == "terminated");
    EXPECT(vm.terminate() == R::NoChange && vm.start() == R::IncorrectState && vm.stop() == R::IncorrectState);
    EXPECT((vm.history() == std::vector<std::string>{"pending", "running", "stopping", "stopped", "pending",
                                                     "running", "shutting-down", "terminated"}));

    // Terminating straight from pending or stopped is allowed too.
    Instance quick("i-0def");
    EXPECT(quick.terminate() == R::Ok && quick.state() == "shutting-down");

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-state-pattern: all checks passed\n";
    return 0;
}
