// Checks the C++ class design printed in content/questions/ood/ood-atm.md.
#include SOLUTION_HEADER

#include <iostream>
#include <memory>

namespace {
int failures = 0;

void expect(bool ok, const char* what, int line) {
    if (!ok) {
        std::cerr << "line " << line << ": check failed: " << what << '\n';
        ++failures;
    }
}

// Hardware that jams on every dispense: no note leaves the machine.
class JammingDispenser : public CassetteDispenser {
public:
    using CassetteDispenser::CassetteDispenser;
    bool dispense(const Bundle&) override { return false; }
};
}  // namespace

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    using O = AtmOutcome;
    InMemoryBank bank;
    bank.addAccount("acc-1", 50000, 40000);  // 500.00 balance, 400.00 a day
    bank.addAccount("acc-2", 1000, 40000);
    bank.addCard("4000-1", "1234");
    bank.addCard("4000-2", "9999");

    {  // note planning
        CassetteDispenser d(Bundle{{2000, 3}, {5000, 1}});
        EXPECT((d.plan(6000) == Bundle{{2000, 3}}));  // 50 first would leave 10
        EXPECT((d.plan(7000) == Bundle{{2000, 1}, {5000, 1}}));
        EXPECT(!d.plan(3000));
        EXPECT(!d.plan(20000));
        EXPECT(!d.plan(0));
        EXPECT(d.totalCents() == 11000);
    }

    Atm atm("atm-7", bank, std::make_unique<CassetteDispenser>(Bundle{{2000, 20}, {5000, 4}}));
    EXPECT(atm.cashInMachine() == 60000);
    EXPECT(atm.withdraw(2000).outcome == O::WrongState);
    EXPECT(atm.insertCard({"4000-1", "acc-1"}) == O::Ok);
    EXPECT(atm.insertCard({"4000-1", "acc-1"}) == O::WrongState);
    EXPECT(atm.withdraw(2000).outcome == O::WrongState);  // no PIN yet
    EXPECT(!atm.balance());
    EXPECT(atm.enterPin("0000") == O::WrongPin);
    EXPECT(atm.enterPin("1111") == O::WrongPin);
    EXPECT(atm.enterPin("1234") == O::Ok);
    EXPECT(atm.state() == AtmState::Authenticated);
    EXPECT(atm.balance() == 50000);

    EXPECT(atm.withdraw(3000).outcome == O::CannotDispense);
    EXPECT(atm.withdraw(-2000).outcome == O::InvalidAmount);
    const WithdrawResult first = atm.withdraw(6000);
    EXPECT(first.outcome == O::Ok && (first.notes == Bundle{{2000, 3}}));
    const WithdrawResult second = atm.withdraw(12000);
    EXPECT(second.outcome == O::Ok && (second.notes == Bundle{{2000, 1}, {5000, 2}}));
    EXPECT(atm.balance() == 32000);
    EXPECT(atm.cashInMachine() == 60000 - 18000);
    // 18000 already today; 24000 more breaks the 40000 limit. Nothing is dispensed.
    EXPECT(atm.withdraw(24000).outcome == O::DailyLimitExceeded);
    EXPECT(atm.cashInMachine() == 42000 && atm.balance() == 32000);
    EXPECT(atm.deposit(10000) == O::Ok);
    EXPECT(atm.balance() == 42000);
    atm.ejectCard();
    EXPECT(atm.state() == AtmState::Idle);

    // Insufficient funds on the second account.
    atm.insertCard({"4000-2", "acc-2"});
    atm.enterPin("9999");
    EXPECT(atm.withdraw(2000).outcome == O::InsufficientFunds);
    atm.ejectCard();

    // Three wrong PINs: the card is retained and the session ends.
    atm.insertCard({"4000-2", "acc-2"});
    atm.enterPin("1");
    atm.enterPin("2");
    EXPECT(atm.enterPin("3") == O::CardRetained);
    EXPECT(atm.state() == AtmState::Idle && atm.retainedCards() == 1);

    // Maintenance between customers only.
    EXPECT(atm.setOutOfService(true));
    EXPECT(atm.insertCard({"4000-1", "acc-1"}) == O::WrongState);
    EXPECT(atm.setOutOfService(false));

    // A jam after the debit: the bank reverses it.
    Atm jammed("atm-8", bank, std::make_unique<JammingDispenser>(Bundle{{2000, 10}}));
    jammed.insertCard({"4000-1", "acc-1"});
    jammed.enterPin("1234");
    EXPECT(jammed.withdraw(4000).outcome == O::DispenseFailed);
    EXPECT(jammed.balance() == 42000);

    // Idempotent debit and reversal.
    EXPECT(bank.debit("acc-1", 1000, "retry-1") == BankStatus::Ok);
    EXPECT(bank.debit("acc-1", 1000, "retry-1") == BankStatus::Ok);
    EXPECT(bank.balance("acc-1") == 41000);
    bank.reverse("retry-1");
    bank.reverse("retry-1");
    EXPECT(bank.balance("acc-1") == 42000);
    // The limit was restored by the reversals: 18000 used today, 22000 still allowed.
    EXPECT(bank.debit("acc-1", 22000, "t-big") == BankStatus::Ok);
    EXPECT(bank.debit("acc-1", 2000, "t-over") == BankStatus::DailyLimitExceeded);
    bank.startNewDay();
    EXPECT(bank.debit("acc-1", 2000, "t-next-day") == BankStatus::Ok);
    EXPECT(bank.debit("nobody", 1, "t-x") == BankStatus::UnknownAccount);

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-atm: all checks passed\n";
    return 0;
}
