// Checks the C++ class design printed in content/questions/ood/ood-hotel-reservation.md.
#include SOLUTION_HEADER

#include <iostream>
#include <memory>
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
    using V = std::vector<int>;
    using T = RoomType;
    {  // half-open ranges
        EXPECT(DateRange{0, 3}.overlaps({2, 5}) && !DateRange{0, 3}.overlaps({3, 5}) && DateRange{1, 2}.overlaps({0, 9}));
        RoomCalendar cal;
        cal.book({2, 5}, "a");
        cal.book({8, 9}, "b");
        EXPECT(cal.isFree({0, 2}) && cal.isFree({5, 8}) && cal.isFree({9, 12}));
        EXPECT(!cal.isFree({4, 6}) && !cal.isFree({0, 3}) && !cal.isFree({3, 4}) && !cal.isFree({1, 10}));
    }
    const WeekendPricing pricing({{T::Single, 10000}, {T::Double, 15000}, {T::Suite, 30000}}, 20);
    EXPECT(pricing.nightlyRate(T::Single, 0) == 10000 && pricing.nightlyRate(T::Single, 4) == 12000);
    EXPECT(pricing.nightlyRate(T::Single, 5) == 12000 && pricing.nightlyRate(T::Single, 6) == 10000);
    EXPECT(pricing.nightlyRate(T::Single, 11) == 12000);  // the next Friday

    Hotel hotel(std::make_unique<WeekendPricing>(std::map<T, Cents>{{T::Single, 10000}, {T::Double, 15000}, {T::Suite, 30000}}, 20),
                std::make_unique<FreeUntilDaysBefore>(2));
    hotel.addRoom(101, T::Single);
    hotel.addRoom(102, T::Single);
    hotel.addRoom(201, T::Double);
    hotel.addRoom(301, T::Suite);
    EXPECT((hotel.availableRooms(T::Single, {0, 3}) == V{101, 102}));

    auto [e1, ana] = hotel.reserve("ana", T::Single, {0, 3}, 0);
    EXPECT(e1 == ReserveError::None && ana->room == 101 && ana->total() == 30000);
    auto [e2, bob] = hotel.reserve("bob", T::Single, {2, 5}, 0);
    EXPECT(e2 == ReserveError::None && bob->room == 102 && bob->total() == 32000);  // Friday night costs more
    auto [e3, cy] = hotel.reserve("cy", T::Single, {1, 2}, 0);
    EXPECT(e3 == ReserveError::None && cy->room == 102);  // leaves the day Bob arrives
    EXPECT(hotel.reserve("dan", T::Single, {2, 3}, 0).first == ReserveError::NoAvailability);
    auto [e4, suite] = hotel.reserve("eve", T::Suite, {4, 6}, 0);
    EXPECT(e4 == ReserveError::None && suite->total() == 72000);

    EXPECT(hotel.reserve("x", T::Double, {3, 3}, 0).first == ReserveError::InvalidDates);
    EXPECT(hotel.reserve("x", T::Double, {1, 4}, 2).first == ReserveError::InvalidDates);  // starts in the past
    EXPECT(hotel.reserve("x", T::Double, {0, 31}, 0).first == ReserveError::InvalidDates);

    // Cancellation: free until two days before arrival, then the first night.
    auto [e5, early] = hotel.reserve("fay", T::Double, {10, 12}, 0);
    auto [e6, late] = hotel.reserve("gus", T::Double, {12, 14}, 0);
    EXPECT(e5 == ReserveError::None && e6 == ReserveError::None);
    EXPECT(hotel.cancel(early->id, 8) == std::optional<Cents>(0));
    EXPECT(hotel.cancel(late->id, 11) == std::optional<Cents>(18000));  // the first night, a Saturday
    EXPECT(!hotel.cancel(late->id, 11));
    EXPECT((hotel.availableRooms(T::Double, {10, 14}) == V{201}));

    // Check-in only on the arrival day; checked-in stays cannot be cancelled.
    EXPECT(!hotel.checkIn(bob->id, 1));
    EXPECT(hotel.checkIn(bob->id, 2));
    EXPECT(!hotel.cancel(bob->id, 2));
    EXPECT(!hotel.checkOut(ana->id, 3));  // never checked in
    EXPECT(hotel.occupiedRooms(4) == 2);  // Bob's single and the suite
    EXPECT(hotel.checkOut(bob->id, 4));  // leaves a night early
    EXPECT(hotel.occupiedRooms(4) == 1);
    EXPECT((hotel.availableRooms(T::Single, {4, 5}) == V{101, 102}));
    EXPECT(hotel.reservation(bob->id)->status == ReservationStatus::CheckedOut);

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-hotel-reservation: all checks passed\n";
    return 0;
}
