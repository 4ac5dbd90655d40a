// Checks the C++ class design printed in content/questions/ood/ood-library-management.md.
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

class RecordingListener : public HoldListener {
public:
    void holdReady(const std::string& memberId, const Book& book, Day pickupBy) override {
        log.push_back(memberId + ":" + book.title + ":" + std::to_string(pickupBy));
    }
    std::vector<std::string> log;
};
}  // namespace

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    using R = CheckoutResult;
    RecordingListener listener;
    Library library(std::make_unique<PerDayFine>(25, 2000), LibraryRules{}, &listener);
    library.addBook({"111", "Dune", "Frank Herbert"});
    library.addBook({"222", "Emma", "Jane Austen"});
    EXPECT(library.addCopy("D1", "111") && library.addCopy("D2", "111") && library.addCopy("E1", "222"));
    EXPECT(!library.addCopy("D1", "111"));  // duplicate barcode
    EXPECT(!library.addCopy("X1", "999"));  // no such title
    EXPECT(library.addMember({"ana", "Ana", 2, 0}));
    EXPECT(library.addMember({"bob", "Bob", 5, 0}));
    EXPECT(library.addMember({"cy", "Cy", 5, 0}));
    EXPECT(library.addMember({"dan", "Dan", 5, 0}));
    EXPECT(!library.addMember({"ana", "Another Ana", 5, 0}));

    EXPECT(library.catalog().search("dune").size() == 1);
    EXPECT(library.catalog().search("AUSTEN").at(0).title == "Emma");
    EXPECT(library.catalog().search("e").size() == 2);
    EXPECT(library.catalog().search("tolstoy").empty());

    // Borrowing limits and availability.
    EXPECT(library.checkout("ana", "D1", 0) == R::Ok);
    EXPECT(library.loan("D1")->due == 14);
    EXPECT(library.checkout("ana", "E1", 0) == R::Ok);
    EXPECT(library.checkout("ana", "D2", 0) == R::LimitReached);
    EXPECT(library.checkout("bob", "D1", 0) == R::NotAvailable);
    EXPECT(library.checkout("zed", "D2", 0) == R::UnknownMember);
    EXPECT(library.checkout("bob", "Q7", 0) == R::UnknownCopy);
    EXPECT(library.checkout("bob", "D2", 1) == R::Ok);

    // Holds: only when no copy is on the shelf, once per member, first come first served.
    EXPECT(library.placeHold("cy", "111"));
    EXPECT(!library.placeHold("cy", "111"));
    EXPECT(library.placeHold("dan", "111"));
    EXPECT(!library.renew("D1", 10));  // someone is waiting

    // Late return: 6 days at 25 cents; the copy goes to cy's hold, cy is told.
    const ReturnReceipt late = library.returnCopy("D1", 20);
    EXPECT(late.accepted && late.fineCents == 150 && late.heldFor == "cy");
    EXPECT(library.fines("ana") == 150);
    EXPECT(library.copy("D1").status == CopyStatus::OnHoldShelf);
    EXPECT((listener.log == std::vector<std::string>{"cy:Dune:23"}));
    EXPECT(!library.returnCopy("D1", 20).accepted);  // not on loan any more
    EXPECT(library.checkout("bob", "D1", 21) == R::HeldForAnother);
    EXPECT(library.checkout("cy", "D1", 21) == R::Ok);

    // On-time return goes to dan, who never collects; the hold expires and the copy is shelved.
    const ReturnReceipt onTime = library.returnCopy("D2", 15);
    EXPECT(onTime.fineCents == 0 && onTime.heldFor == "dan");
    library.expireHolds(18);  // pickup-by day 18 has not passed yet
    EXPECT(library.copy("D2").status == CopyStatus::OnHoldShelf);
    library.expireHolds(19);
    EXPECT(library.copy("D2").status == CopyStatus::Available);

    // Renewal: allowed once, before the due date, when nobody waits.
    EXPECT(library.renew("D1", 30));
    EXPECT(library.loan("D1")->due == 44);
    EXPECT(!library.renew("D1", 31));

    // A big fine blocks borrowing until part of it is paid.
    EXPECT(library.overdue(50).size() == 2);  // E1 (ana) and D1 (cy)
    const ReturnReceipt veryLate = library.returnCopy("E1", 60);  // 46 days late
    EXPECT(veryLate.fineCents == 1150);
    EXPECT(library.fines("ana") == 1300);
    EXPECT(library.checkout("ana", "E1", 60) == R::FinesOwed);
    EXPECT(!library.payFine("ana", 5000));
    EXPECT(library.payFine("ana", 500));
    EXPECT(library.checkout("ana", "E1", 61) == R::Ok);
    EXPECT(PerDayFine(25, 2000).fineCents(0, 200) == 2000);  // capped

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-library-management: all checks passed\n";
    return 0;
}
