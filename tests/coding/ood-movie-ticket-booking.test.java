// Checks the Java class design printed in content/questions/ood/ood-movie-ticket-booking.md.
import java.util.List;
import java.util.Map;

class ScenarioTest {
    private static int checks = 0;

    private static void check(boolean ok, String what) {
        checks++;
        if (!ok) {
            throw new AssertionError("check failed: " + what);
        }
    }

    static final class FakePayments implements PaymentGateway {
        boolean declineNext;
        long charged;
        long refunded;

        @Override
        public boolean charge(String key, String customer, long amount) {
            if (declineNext) {
                declineNext = false;
                return false;
            }
            charged += amount;
            return true;
        }

        @Override
        public void refund(String key, long amount) { refunded += amount; }
    }

    public static void main(String[] args) {
        FakePayments payments = new FakePayments();
        BookingService service = new BookingService(payments, BookingRules.standard());
        Screen screen = new Screen("S1", List.of("RRRR", "PPPA"));
        check(screen.seats().size() == 8 && screen.seats().get(4).id().equals("B1"), "seat map");
        check(screen.seats().get(7).type() == SeatType.ACCESSIBLE, "accessible seat");
        Map<SeatType, Long> prices = Map.of(SeatType.REGULAR, 1200L, SeatType.PREMIUM, 1800L, SeatType.ACCESSIBLE, 1200L);
        service.addMovie(new Movie("m1", "Arrival", 116));
        check(!service.addShow("sh1", "nope", screen, 1000, prices), "unknown movie");
        check(service.addShow("sh1", "m1", screen, 1000, prices), "show added");
        check(service.availableSeats("sh1", 0).size() == 8, "all free");

        Result<Hold> ana = service.holdSeats("sh1", "ana", List.of("A1", "A2"), 0);
        check(ana.error() == BookingError.NONE && ana.value().orElseThrow().total() == 2400, "ana holds");
        check(service.holdSeats("sh1", "bob", List.of("A3", "A2"), 1).error() == BookingError.SEAT_UNAVAILABLE, "overlap");
        check(service.availableSeats("sh1", 1).size() == 6, "all or nothing");
        Result<Hold> bob = service.holdSeats("sh1", "bob", List.of("A3", "B1"), 2);
        check(bob.value().orElseThrow().total() == 3000, "premium price");

        check(service.holdSeats("sh9", "cy", List.of("A4"), 3).error() == BookingError.UNKNOWN_SHOW, "show");
        check(service.holdSeats("sh1", "cy", List.of("Z9"), 3).error() == BookingError.UNKNOWN_SEAT, "seat");
        check(service.holdSeats("sh1", "cy", List.of("A4", "A4"), 3).error() == BookingError.INVALID_REQUEST, "dup");
        check(service.holdSeats("sh1", "cy", List.of("A4"), 1000).error() == BookingError.SHOW_STARTED, "started");

        Result<Booking> anaBooking = service.confirm(ana.value().get().id(), 5);
        check(anaBooking.error() == BookingError.NONE && payments.charged == 2400, "ana pays");
        check(service.confirm(ana.value().get().id(), 6).error() == BookingError.UNKNOWN_HOLD, "hold used once");
        check(service.availableSeats("sh1", 12).equals(List.of("A3", "A4", "B1", "B2", "B3", "B4")), "bob's hold lapsed");
        Result<Hold> cy = service.holdSeats("sh1", "cy", List.of("A3"), 12);
        check(cy.error() == BookingError.NONE, "cy takes A3");
        check(service.confirm(bob.value().get().id(), 13).error() == BookingError.HOLD_EXPIRED, "bob too late");
        check(service.availableSeats("sh1", 13).size() == 5, "cy's seat untouched");

        payments.declineNext = true;
        check(service.confirm(cy.value().get().id(), 14).error() == BookingError.PAYMENT_DECLINED, "declined");
        check(service.holdSeats("sh1", "dan", List.of("A3"), 15).error() == BookingError.SEAT_UNAVAILABLE, "hold kept");
        check(service.confirm(cy.value().get().id(), 16).error() == BookingError.NONE, "retry works");

        Result<Hold> dan = service.holdSeats("sh1", "dan", List.of("B2", "B3"), 20);
        check(service.releaseHold(dan.value().orElseThrow().id()) && !service.releaseHold(dan.value().get().id()), "release");
        check(service.availableSeats("sh1", 21).size() == 5, "released seats free");

        String anaId = anaBooking.value().orElseThrow().id;
        check(service.cancel(anaId, 100) && payments.refunded == 2400 && !service.cancel(anaId, 101), "cancel once");
        check(service.availableSeats("sh1", 102).size() == 7, "cancelled seats free");
        Result<Hold> eve = service.holdSeats("sh1", "eve", List.of("A1"), 900);
        Result<Booking> eveBooking = service.confirm(eve.value().orElseThrow().id(), 901);
        check(!service.cancel(eveBooking.value().orElseThrow().id, 950), "too close to the show");

        BookingService strict = new BookingService(payments, new BookingRules(10, 2, 60));
        strict.addMovie(new Movie("m1", "Arrival", 116));
        strict.addShow("x", "m1", screen, 1000, prices);
        check(strict.holdSeats("x", "gus", List.of("A1", "A2", "A3"), 0).error() == BookingError.TOO_MANY_SEATS, "limit");

        System.out.println("ood-movie-ticket-booking (Java): all " + checks + " checks passed");
    }
}
