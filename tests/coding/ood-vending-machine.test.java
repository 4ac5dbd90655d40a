// Checks the Java class design printed in content/questions/ood/ood-vending-machine.md.
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
        CoinBox box = new CoinBox();
        box.add(Coin.QUARTER, 1);
        box.add(Coin.DIME, 3);
        check(box.planChange(30).orElseThrow().equals(List.of(Coin.DIME, Coin.DIME, Coin.DIME)), "greedy trap");
        check(box.planChange(35).orElseThrow().equals(List.of(Coin.QUARTER, Coin.DIME)), "35 cents");
        check(box.planChange(0).orElseThrow().isEmpty(), "no change");
        check(box.planChange(5).isEmpty() && box.planChange(100).isEmpty(), "impossible amounts");

        VendingMachine machine = new VendingMachine();
        check(machine.stateName().equals("idle"), "starts idle");
        check(!machine.setSlot("A1", new Slot("Water", 65, 2)), "restock needs the door open");
        check(machine.openForService().isEmpty(), "nothing to refund");
        check(machine.setSlot("A1", new Slot("Water", 65, 2)), "A1");
        check(machine.setSlot("B2", new Slot("Chips", 100, 1)), "B2");
        check(machine.setSlot("C3", new Slot("Gum", 35, 0)), "C3");
        check(machine.loadCoins(Coin.QUARTER, 1) && machine.loadCoins(Coin.DIME, 2), "float loaded");
        check(!machine.insertCoin(Coin.DOLLAR), "coins refused in service");
        check(machine.select("A1").status() == VendStatus.UNAVAILABLE, "selection refused in service");
        machine.closeService();

        check(machine.select("A1").status() == VendStatus.INSUFFICIENT_CREDIT, "no credit");
        check(machine.select("Z9").status() == VendStatus.UNKNOWN_SLOT, "unknown slot");
        check(machine.select("C3").status() == VendStatus.SOLD_OUT, "sold out");

        check(machine.insertCoin(Coin.DOLLAR), "dollar accepted");
        check(machine.stateName().equals("has-credit") && machine.credit() == 100, "credit 100");
        VendResult water = machine.select("A1");
        check(water.status() == VendStatus.DISPENSED && water.product().equals("Water"), "water");
        check(water.change().equals(List.of(Coin.QUARTER, Coin.DIME)), "35 cents back");
        check(machine.stateName().equals("idle") && machine.slot("A1").orElseThrow().quantity == 1, "stock");
        check(machine.coinCount(Coin.DOLLAR) == 1 && machine.coinCount(Coin.QUARTER) == 0, "cash box");

        machine.insertCoin(Coin.DOLLAR);
        check(machine.select("A1").status() == VendStatus.CANNOT_MAKE_CHANGE, "cannot make change");
        check(machine.credit() == 100, "credit kept");
        check(machine.cancel().equals(List.of(Coin.DOLLAR)), "same coin back");
        check(machine.stateName().equals("idle"), "idle after cancel");

        for (int i = 0; i < 4; i++) machine.insertCoin(Coin.QUARTER);
        check(machine.select("B2").status() == VendStatus.DISPENSED, "chips");
        check(machine.salesCents() == 165, "sales");
        machine.insertCoin(Coin.QUARTER);
        machine.insertCoin(Coin.QUARTER);
        check(machine.select("A1").status() == VendStatus.INSUFFICIENT_CREDIT, "50 < 65");
        machine.insertCoin(Coin.DIME);
        machine.insertCoin(Coin.NICKEL);
        VendResult last = machine.select("A1");
        check(last.status() == VendStatus.DISPENSED && last.change().isEmpty(), "exact money");
        check(machine.select("A1").status() == VendStatus.SOLD_OUT, "now sold out");

        machine.insertCoin(Coin.DIME);
        check(machine.openForService().equals(List.of(Coin.DIME)), "refund on opening");
        check(machine.credit() == 0 && machine.stateName().equals("service"), "service");

        System.out.println("ood-vending-machine (Java): all " + checks + " checks passed");
    }
}
