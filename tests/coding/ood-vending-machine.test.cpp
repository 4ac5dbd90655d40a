// Checks the C++ class design printed in content/questions/ood/ood-vending-machine.md.
#include SOLUTION_HEADER

#include <iostream>
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

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    using Coins = std::vector<Coin>;
    {  // change making
        CoinBox box;
        box.add(Coin::Quarter, 1);
        box.add(Coin::Dime, 3);
        EXPECT((box.planChange(30) == Coins{Coin::Dime, Coin::Dime, Coin::Dime}));  // greedy would fail
        EXPECT((box.planChange(35) == Coins{Coin::Quarter, Coin::Dime}));
        EXPECT((box.planChange(0) == Coins{}));
        EXPECT(!box.planChange(5));
        EXPECT(!box.planChange(100));
        EXPECT(!box.planChange(-5));
    }

    VendingMachine machine;
    EXPECT(machine.stateName() == "idle");
    EXPECT(!machine.setSlot("A1", {"Water", 65, 2}));  // only with the door open
    EXPECT(machine.openForService().empty());
    EXPECT(machine.stateName() == "service");
    EXPECT(machine.setSlot("A1", {"Water", 65, 2}));
    EXPECT(machine.setSlot("B2", {"Chips", 100, 1}));
    EXPECT(machine.setSlot("C3", {"Gum", 35, 0}));
    EXPECT(machine.loadCoins(Coin::Quarter, 1));
    EXPECT(machine.loadCoins(Coin::Dime, 2));
    EXPECT(!machine.insertCoin(Coin::Dollar));  // refused during service
    EXPECT(machine.select("A1").status == VendStatus::Unavailable);
    machine.closeService();

    // Idle: selections explain why nothing happens.
    EXPECT(machine.select("A1").status == VendStatus::InsufficientCredit);
    EXPECT(machine.select("Z9").status == VendStatus::UnknownSlot);
    EXPECT(machine.select("C3").status == VendStatus::SoldOut);
    EXPECT(machine.cancel().empty());

    // A dollar for 65 cents of water: 35 cents back as a quarter and a dime.
    EXPECT(machine.insertCoin(Coin::Dollar));
    EXPECT(machine.stateName() == "has-credit" && machine.credit() == 100);
    EXPECT(machine.select("C3").status == VendStatus::SoldOut);
    EXPECT(machine.credit() == 100);  // credit kept after a failed selection
    VendResult water = machine.select("A1");
    EXPECT(water.status == VendStatus::Dispensed && water.product == "Water");
    EXPECT((water.change == Coins{Coin::Quarter, Coin::Dime}));
    EXPECT(machine.stateName() == "idle" && machine.credit() == 0);
    EXPECT(machine.slot("A1")->quantity == 1);
    EXPECT(machine.coinCount(Coin::Dollar) == 1 && machine.coinCount(Coin::Quarter) == 0);

    // No quarters or nickels left: 35 cents of change is impossible, so the sale is refused.
    EXPECT(machine.insertCoin(Coin::Dollar));
    EXPECT(machine.select("A1").status == VendStatus::CannotMakeChange);
    EXPECT(machine.credit() == 100 && machine.slot("A1")->quantity == 1);
    EXPECT((machine.cancel() == Coins{Coin::Dollar}));  // the same coin comes back
    EXPECT(machine.stateName() == "idle");

    // Exact money, several coins.
    for (int i = 0; i < 4; ++i) machine.insertCoin(Coin::Quarter);
    EXPECT(machine.select("B2").status == VendStatus::Dispensed);
    EXPECT(machine.slot("B2")->quantity == 0);
    EXPECT(machine.salesCents() == 165);
    machine.insertCoin(Coin::Quarter);
    machine.insertCoin(Coin::Quarter);
    EXPECT(machine.select("A1").status == VendStatus::InsufficientCredit);
    machine.insertCoin(Coin::Dime);
    machine.insertCoin(Coin::Nickel);
    VendResult last = machine.select("A1");
    EXPECT(last.status == VendStatus::Dispensed && last.change.empty());
    EXPECT(machine.select("A1").status == VendStatus::SoldOut);

    // Opening the door with credit inside refunds it.
    machine.insertCoin(Coin::Dime);
    EXPECT((machine.openForService() == Coins{Coin::Dime}));
    EXPECT(machine.credit() == 0 && machine.stateName() == "service");
    machine.closeService();
    EXPECT(machine.stateName() == "idle");

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-vending-machine: all checks passed\n";
    return 0;
}
