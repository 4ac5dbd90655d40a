// Checks the Java class design printed in content/questions/ood/ood-library-management.md.
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
        List<String> log = new ArrayList<>();
        HoldListener listener = (memberId, book, pickupBy) -> log.add(memberId + ":" + book.title() + ":" + pickupBy);
        Library library = new Library(new PerDayFine(25, 2000), LibraryRules.standard(), listener);
        library.addBook(new Book("111", "Dune", "Frank Herbert"));
        library.addBook(new Book("222", "Emma", "Jane Austen"));
        check(library.addCopy("D1", "111") && library.addCopy("D2", "111") && library.addCopy("E1", "222"), "copies");
        check(!library.addCopy("D1", "111") && !library.addCopy("X1", "999"), "bad copies refused");
        check(library.addMember(new Member("ana", "Ana", 2)), "ana");
        check(library.addMember(new Member("bob", "Bob", 5)), "bob");
        check(library.addMember(new Member("cy", "Cy", 5)), "cy");
        check(library.addMember(new Member("dan", "Dan", 5)), "dan");
        check(!library.addMember(new Member("ana", "Another", 5)), "duplicate member");

        check(library.catalog().search("dune").size() == 1, "search title");
        check(library.catalog().search("AUSTEN").get(0).title().equals("Emma"), "search author");
        check(library.catalog().search("e").size() == 2, "search both");

        check(library.checkout("ana", "D1", 0) == CheckoutResult.OK, "ana D1");
        check(library.loan("D1").orElseThrow().due == 14, "due in 14 days");
        check(library.checkout("ana", "E1", 0) == CheckoutResult.OK, "ana E1");
        check(library.checkout("ana", "D2", 0) == CheckoutResult.LIMIT_REACHED, "limit");
        check(library.checkout("bob", "D1", 0) == CheckoutResult.NOT_AVAILABLE, "on loan");
        check(library.checkout("zed", "D2", 0) == CheckoutResult.UNKNOWN_MEMBER, "unknown member");
        check(library.checkout("bob", "Q7", 0) == CheckoutResult.UNKNOWN_COPY, "unknown copy");
        check(library.checkout("bob", "D2", 1) == CheckoutResult.OK, "bob D2");

        check(library.placeHold("cy", "111") && !library.placeHold("cy", "111"), "cy queued once");
        check(library.placeHold("dan", "111"), "dan queued");
        check(!library.renew("D1", 10), "no renewal while others wait");

        ReturnReceipt late = library.returnCopy("D1", 20);
        check(late.accepted() && late.fineCents() == 150 && late.heldFor().equals("cy"), "late return");
        check(library.fines("ana") == 150, "fine recorded");
        check(log.equals(List.of("cy:Dune:23")), "cy notified");
        check(!library.returnCopy("D1", 20).accepted(), "double return");
        check(library.checkout("bob", "D1", 21) == CheckoutResult.HELD_FOR_ANOTHER, "held for cy");
        check(library.checkout("cy", "D1", 21) == CheckoutResult.OK, "cy collects");

        ReturnReceipt onTime = library.returnCopy("D2", 15);
        check(onTime.fineCents() == 0 && onTime.heldFor().equals("dan"), "to dan");
        library.expireHolds(18);
        check(library.copy("D2").status == CopyStatus.ON_HOLD_SHELF, "still waiting on day 18");
        library.expireHolds(19);
        check(library.copy("D2").status == CopyStatus.AVAILABLE, "expired on day 19");

        check(library.renew("D1", 30) && library.loan("D1").orElseThrow().due == 44, "renewed");
        check(!library.renew("D1", 31), "one renewal only");

        check(library.overdue(50).size() == 2, "two overdue");
        check(library.returnCopy("E1", 60).fineCents() == 1150, "46 days late");
        check(library.fines("ana") == 1300, "fines add up");
        check(library.checkout("ana", "E1", 60) == CheckoutResult.FINES_OWED, "blocked");
        check(!library.payFine("ana", 5000) && library.payFine("ana", 500), "partial payment");
        check(library.checkout("ana", "E1", 61) == CheckoutResult.OK, "unblocked");
        check(new PerDayFine(25, 2000).fineCents(0, 200) == 2000, "capped");

        System.out.println("ood-library-management (Java): all " + checks + " checks passed");
    }
}
