// Checks the Java class design printed in content/questions/ood/ood-hotel-reservation.md.
import java.util.List;
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
        check(new DateRange(0, 3).overlaps(new DateRange(2, 5)) && !new DateRange(0, 3).overlaps(new DateRange(3, 5)),
              "half-open ranges");
        RoomCalendar cal = new RoomCalendar();
        cal.book(new DateRange(2, 5), "a");
        cal.book(new DateRange(8, 9), "b");
        check(cal.isFree(new DateRange(0, 2)) && cal.isFree(new DateRange(5, 8)) && cal.isFree(new DateRange(9, 12)), "gaps");
        check(!cal.isFree(new DateRange(4, 6)) && !cal.isFree(new DateRange(3, 4)) && !cal.isFree(new DateRange(1, 10)), "clashes");

        Map<RoomType, Long> rates = Map.of(RoomType.SINGLE, 10000L, RoomType.DOUBLE, 15000L, RoomType.SUITE, 30000L);
        WeekendPricing pricing = new WeekendPricing(rates, 20);
        check(pricing.nightlyRate(RoomType.SINGLE, 0) == 10000 && pricing.nightlyRate(RoomType.SINGLE, 4) == 12000, "Friday");
        check(pricing.nightlyRate(RoomType.SINGLE, 6) == 10000 && pricing.nightlyRate(RoomType.SINGLE, 11) == 12000, "week two");

        Hotel hotel = new Hotel(new WeekendPricing(rates, 20), new FreeUntilDaysBefore(2), 30);
        hotel.addRoom(101, RoomType.SINGLE);
        hotel.addRoom(102, RoomType.SINGLE);
        hotel.addRoom(201, RoomType.DOUBLE);
        hotel.addRoom(301, RoomType.SUITE);
        check(hotel.availableRooms(RoomType.SINGLE, new DateRange(0, 3)).equals(List.of(101, 102)), "two singles");

        Reservation ana = hotel.reserve("ana", RoomType.SINGLE, new DateRange(0, 3), 0).reservation().orElseThrow();
        check(ana.room == 101 && ana.total() == 30000, "ana");
        Reservation bob = hotel.reserve("bob", RoomType.SINGLE, new DateRange(2, 5), 0).reservation().orElseThrow();
        check(bob.room == 102 && bob.total() == 32000, "bob pays the Friday rate");
        Reservation cy = hotel.reserve("cy", RoomType.SINGLE, new DateRange(1, 2), 0).reservation().orElseThrow();
        check(cy.room == 102, "back to back");
        check(hotel.reserve("dan", RoomType.SINGLE, new DateRange(2, 3), 0).error() == ReserveError.NO_AVAILABILITY, "full");
        Reservation suite = hotel.reserve("eve", RoomType.SUITE, new DateRange(4, 6), 0).reservation().orElseThrow();
        check(suite.total() == 72000, "weekend suite");

        check(hotel.reserve("x", RoomType.DOUBLE, new DateRange(3, 3), 0).error() == ReserveError.INVALID_DATES, "empty");
        check(hotel.reserve("x", RoomType.DOUBLE, new DateRange(1, 4), 2).error() == ReserveError.INVALID_DATES, "past");
        check(hotel.reserve("x", RoomType.DOUBLE, new DateRange(0, 31), 0).error() == ReserveError.INVALID_DATES, "too long");

        Reservation early = hotel.reserve("fay", RoomType.DOUBLE, new DateRange(10, 12), 0).reservation().orElseThrow();
        Reservation late = hotel.reserve("gus", RoomType.DOUBLE, new DateRange(12, 14), 0).reservation().orElseThrow();
        check(hotel.cancel(early.id, 8).equals(Optional.of(0L)), "free cancellation");
        check(hotel.cancel(late.id, 11).equals(Optional.of(18000L)), "first night charged");
        check(hotel.cancel(late.id, 11).isEmpty(), "cancel once");

        check(!hotel.checkIn(bob.id, 1) && hotel.checkIn(bob.id, 2), "check-in day");
        check(hotel.cancel(bob.id, 2).isEmpty(), "cannot cancel a stay in progress");
        check(hotel.occupiedRooms(4) == 2, "occupancy");
        check(hotel.checkOut(bob.id, 4) && hotel.occupiedRooms(4) == 1, "early departure frees the night");
        check(hotel.availableRooms(RoomType.SINGLE, new DateRange(4, 5)).equals(List.of(101, 102)), "both singles free");
        check(hotel.reservation(bob.id).orElseThrow().status == ReservationStatus.CHECKED_OUT, "status");

        System.out.println("ood-hotel-reservation (Java): all " + checks + " checks passed");
    }
}
