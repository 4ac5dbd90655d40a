// Checks the C++ class design printed in content/questions/ood/ood-movie-ticket-booking.md.
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

class FakePayments : public PaymentGateway {
public:
    bool charge(const std::string&, const std::string&, Cents amount) override {
        if (declineNext) {
            declineNext = false;
            return false;
        }
        charged += amount;
        return true;
    }
    void refund(const std::string&, Cents amount) override { refunded += amount; }
    bool declineNext = false;
    Cents charged = 0;
    Cents refunded = 0;
};
}  // namespace

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    using E = BookingError;
    using V = std::vector<std::string>;
    FakePayments payments;
    BookingService service(payments);
    const Screen screen("S1", {"RRRR", "PPPA"});
    EXPECT(screen.seats().size() == 8 && screen.seats()[4].id == "B1" && screen.seats()[7].type == SeatType::Accessible);
    service.addMovie({"m1", "Arrival", 116});
    EXPECT(!service.addShow("sh1", "nope", screen, 1000, {}));
    EXPECT(service.addShow("sh1", "m1", screen, 1000,
                           {{SeatType::Regular, 1200}, {SeatType::Premium, 1800}, {SeatType::Accessible, 1200}}));
    EXPECT(!service.addShow("sh1", "m1", screen, 2000, {}));
    EXPECT(service.availableSeats("sh1", 0).size() == 8);

    // Ana holds two seats; Bob's overlapping request fails as a whole.
    auto [anaErr, anaHold] = service.holdSeats("sh1", "ana", {"A1", "A2"}, 0);
    EXPECT(anaErr == E::None && anaHold && anaHold->total == 2400 && anaHold->expires == 10);
    EXPECT(service.holdSeats("sh1", "bob", {"A3", "A2"}, 1).first == E::SeatUnavailable);
    EXPECT(service.availableSeats("sh1", 1).size() == 6);  // A3 was not taken by the failed request
    auto [bobErr, bobHold] = service.holdSeats("sh1", "bob", {"A3", "B1"}, 2);
    EXPECT(bobErr == E::None && bobHold->total == 3000);

    // Bad requests.
    EXPECT(service.holdSeats("sh9", "cy", {"A4"}, 3).first == E::UnknownShow);
    EXPECT(service.holdSeats("sh1", "cy", {"Z9"}, 3).first == E::UnknownSeat);
    EXPECT(service.holdSeats("sh1", "cy", {"A4", "A4"}, 3).first == E::InvalidRequest);
    EXPECT(service.holdSeats("sh1", "cy", {}, 3).first == E::InvalidRequest);
    EXPECT(service.holdSeats("sh1", "cy", {"A4"}, 1000).first == E::ShowStarted);

    // Ana pays in time; Bob's hold lapses, so his seats are free again.
    auto [ok, anaBooking] = service.confirm(anaHold->id, 5);
    EXPECT(ok == E::None && anaBooking && (anaBooking->seats == V{"A1", "A2"}) && payments.charged == 2400);
    EXPECT(service.confirm(anaHold->id, 6).first == E::UnknownHold);  // a hold is used once
    EXPECT((service.availableSeats("sh1", 12) == V{"A3", "A4", "B1", "B2", "B3", "B4"}));
    auto [cyErr, cyHold] = service.holdSeats("sh1", "cy", {"A3"}, 12);
    EXPECT(cyErr == E::None);
    EXPECT(service.confirm(bobHold->id, 13).first == E::HoldExpired);
    EXPECT(service.availableSeats("sh1", 13).size() == 5);  // Cy's A3 is untouched by Bob's cleanup

    // A declined payment keeps the hold so the customer can retry before it expires.
    payments.declineNext = true;
    EXPECT(service.confirm(cyHold->id, 14).first == E::PaymentDeclined);
    EXPECT(service.holdSeats("sh1", "dan", {"A3"}, 15).first == E::SeatUnavailable);
    EXPECT(service.confirm(cyHold->id, 16).first == E::None);

    // Releasing a hold frees the seats at once.
    auto [danErr, danHold] = service.holdSeats("sh1", "dan", {"B2", "B3"}, 20);
    EXPECT(danErr == E::None && service.releaseHold(danHold->id) && !service.releaseHold(danHold->id));
    EXPECT(service.availableSeats("sh1", 21).size() == 5);  // A4 and B1-B4

    // Cancelling refunds and frees the seats, but not within the last hour.
    EXPECT(service.cancel(anaBooking->id, 100));
    EXPECT(payments.refunded == 2400);
    EXPECT(!service.cancel(anaBooking->id, 101));
    EXPECT(service.availableSeats("sh1", 102).size() == 7);
    auto [eveErr, eveHold] = service.holdSeats("sh1", "eve", {"A1"}, 900);
    auto [eveOk, eveBooking] = service.confirm(eveHold->id, 901);
    EXPECT(eveErr == E::None && eveOk == E::None);
    EXPECT(!service.cancel(eveBooking->id, 950));  // 50 minutes before the start

    BookingService strict(payments, BookingRules{10, 2, 60});
    strict.addMovie({"m1", "Arrival", 116});
    strict.addShow("x", "m1", screen, 1000, {{SeatType::Regular, 1}, {SeatType::Premium, 1}, {SeatType::Accessible, 1}});
    EXPECT(strict.holdSeats("x", "gus", {"A1", "A2", "A3"}, 0).first == E::TooManySeats);

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-movie-ticket-booking: all checks passed\n";
    return 0;
}
