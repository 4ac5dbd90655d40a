// Checks the Java class design printed in content/questions/ood/ood-atm.md.
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

    public static void main(String[] args) {
        InMemoryBank bank = new InMemoryBank();
        bank.addAccount("acc-1", 50000, 40000);
        bank.addAccount("acc-2", 1000, 40000);
        bank.addCard("4000-1", "1234");
        bank.addCard("4000-2", "9999");

        CassetteDispenser small = new CassetteDispenser(Map.of(2000L, 3, 5000L, 1));
        check(small.plan(6000).orElseThrow().equals(Map.of(2000L, 3)), "three 20s, not a 50");
        check(small.plan(7000).orElseThrow().equals(Map.of(2000L, 1, 5000L, 1)), "70");
        check(small.plan(3000).isEmpty() && small.plan(20000).isEmpty() && small.plan(0).isEmpty(), "impossible");

        Atm atm = new Atm("atm-7", bank, new CassetteDispenser(Map.of(2000L, 20, 5000L, 4)), 3);
        check(atm.cashInMachine() == 60000, "cash loaded");
        check(atm.withdraw(2000).outcome() == AtmOutcome.WRONG_STATE, "no card");
        check(atm.insertCard(new Card("4000-1", "acc-1")) == AtmOutcome.OK, "card in");
        check(atm.insertCard(new Card("4000-1", "acc-1")) == AtmOutcome.WRONG_STATE, "one card at a time");
        check(atm.withdraw(2000).outcome() == AtmOutcome.WRONG_STATE, "no PIN yet");
        check(atm.enterPin("0000") == AtmOutcome.WRONG_PIN && atm.enterPin("1111") == AtmOutcome.WRONG_PIN, "wrong PINs");
        check(atm.enterPin("1234") == AtmOutcome.OK && atm.state() == AtmState.AUTHENTICATED, "right PIN");
        check(atm.balance().equals(Optional.of(50000L)), "balance");

        check(atm.withdraw(3000).outcome() == AtmOutcome.CANNOT_DISPENSE, "30 cannot be made");
        check(atm.withdraw(-2000).outcome() == AtmOutcome.INVALID_AMOUNT, "negative");
        WithdrawResult first = atm.withdraw(6000);
        check(first.outcome() == AtmOutcome.OK && first.notes().equals(Map.of(2000L, 3)), "60");
        WithdrawResult second = atm.withdraw(12000);
        check(second.outcome() == AtmOutcome.OK && second.notes().equals(Map.of(5000L, 2, 2000L, 1)), "120");
        check(atm.balance().orElseThrow() == 32000 && atm.cashInMachine() == 42000, "after two withdrawals");
        check(atm.withdraw(24000).outcome() == AtmOutcome.DAILY_LIMIT_EXCEEDED, "daily limit");
        check(atm.cashInMachine() == 42000 && atm.balance().orElseThrow() == 32000, "nothing moved");
        check(atm.deposit(10000) == AtmOutcome.OK && atm.balance().orElseThrow() == 42000, "deposit");
        atm.ejectCard();
        check(atm.state() == AtmState.IDLE, "idle after eject");

        atm.insertCard(new Card("4000-2", "acc-2"));
        atm.enterPin("9999");
        check(atm.withdraw(2000).outcome() == AtmOutcome.INSUFFICIENT_FUNDS, "insufficient funds");
        atm.ejectCard();

        atm.insertCard(new Card("4000-2", "acc-2"));
        atm.enterPin("1");
        atm.enterPin("2");
        check(atm.enterPin("3") == AtmOutcome.CARD_RETAINED, "card retained");
        check(atm.state() == AtmState.IDLE && atm.retainedCards() == 1, "session ended");

        check(atm.setOutOfService(true), "maintenance");
        check(atm.insertCard(new Card("4000-1", "acc-1")) == AtmOutcome.WRONG_STATE, "refused");
        check(atm.setOutOfService(false), "back in service");

        CashDispenser jamming = new CassetteDispenser(Map.of(2000L, 10)) {
            @Override
            public boolean dispense(Map<Long, Integer> notes) { return false; }
        };
        Atm jammed = new Atm("atm-8", bank, jamming, 3);
        jammed.insertCard(new Card("4000-1", "acc-1"));
        jammed.enterPin("1234");
        check(jammed.withdraw(4000).outcome() == AtmOutcome.DISPENSE_FAILED, "jam");
        check(jammed.balance().orElseThrow() == 42000, "debit reversed");

        check(bank.debit("acc-1", 1000, "retry-1") == BankStatus.OK, "debit");
        check(bank.debit("acc-1", 1000, "retry-1") == BankStatus.OK, "retried debit");
        check(bank.balance("acc-1").orElseThrow() == 41000, "debited once");
        bank.reverse("retry-1");
        bank.reverse("retry-1");
        check(bank.balance("acc-1").orElseThrow() == 42000, "reversed once");
        check(bank.debit("acc-1", 22000, "t-big") == BankStatus.OK, "limit restored by reversals");
        check(bank.debit("acc-1", 2000, "t-over") == BankStatus.DAILY_LIMIT_EXCEEDED, "limit reached");
        bank.startNewDay();
        check(bank.debit("acc-1", 2000, "t-next-day") == BankStatus.OK, "new day");
        check(bank.debit("nobody", 1, "t-x") == BankStatus.UNKNOWN_ACCOUNT, "unknown account");

        System.out.println("ood-atm (Java): all " + checks + " checks passed");
    }
}
