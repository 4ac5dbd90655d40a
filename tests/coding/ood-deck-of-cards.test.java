// Checks the Java class design printed in content/questions/ood/ood-deck-of-cards.md.
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

class ScenarioTest {
    private static int checks = 0;

    private static void check(boolean ok, String what) {
        checks++;
        if (!ok) {
            throw new AssertionError("check failed: " + what);
        }
    }

    private static Card c(Rank r) { return new Card(r, Suit.SPADES); }

    private static Hand hand(Rank... ranks) {
        Hand h = new Hand();
        for (Rank r : ranks) h.add(c(r));
        return h;
    }

    private static Set<Card> unique(Deck deck) { return new HashSet<>(deck.cards()); }

    public static void main(String[] args) {
        Deck deck = new Deck();
        check(deck.size() == 52 && unique(deck).size() == 52, "52 distinct cards");
        check(new Card(Rank.TEN, Suit.HEARTS).name().equals("10H") && c(Rank.QUEEN).name().equals("QS"), "names");
        Deck a = new Deck();
        Deck b = new Deck();
        a.shuffle(new Random(2024));
        b.shuffle(new Random(2024));
        check(a.cards().equals(b.cards()) && unique(a).size() == 52, "seeded shuffle");
        check(!a.cards().equals(new Deck().cards()), "shuffled");
        check(new Deck(6).size() == 312, "six-pack shoe");
        Deck tiny = Deck.stacked(List.of(c(Rank.ACE), c(Rank.TWO)));
        check(tiny.draw().orElseThrow().equals(c(Rank.ACE)) && tiny.draw().orElseThrow().equals(c(Rank.TWO))
              && tiny.draw().isEmpty(), "stacked order");

        check(BlackjackScoring.score(hand(Rank.ACE, Rank.KING)).total() == 21
              && BlackjackScoring.isBlackjack(hand(Rank.ACE, Rank.KING)), "natural");
        Score aces = BlackjackScoring.score(hand(Rank.ACE, Rank.ACE));
        check(aces.total() == 12 && aces.soft(), "two aces");
        check(BlackjackScoring.score(hand(Rank.ACE, Rank.ACE, Rank.NINE)).total() == 21, "A A 9");
        check(BlackjackScoring.score(hand(Rank.ACE, Rank.SIX)).soft(), "soft 17");
        Score hard = BlackjackScoring.score(hand(Rank.ACE, Rank.SIX, Rank.TEN));
        check(hard.total() == 17 && !hard.soft(), "hard 17");
        check(BlackjackScoring.score(hand(Rank.KING, Rank.QUEEN, Rank.TWO)).total() == 22, "bust");

        BlackjackRound dealerWins = new BlackjackRound(Deck.stacked(List.of(
            c(Rank.TEN), c(Rank.NINE), c(Rank.SEVEN), c(Rank.SEVEN), c(Rank.FIVE))), 100, BlackjackRules.standard());
        check(dealerWins.stand() && dealerWins.dealer().size() == 3, "dealer draws to 21");
        check(dealerWins.outcome() == Outcome.DEALER_WINS && dealerWins.payout() == -100, "dealer wins");
        check(!dealerWins.hit() && !dealerWins.stand(), "round over");

        BlackjackRound natural = new BlackjackRound(Deck.stacked(List.of(
            c(Rank.ACE), c(Rank.NINE), c(Rank.KING), c(Rank.SEVEN))), 100, BlackjackRules.standard());
        check(!natural.playerTurn() && natural.payout() == 150, "3:2");
        BlackjackRound bothNatural = new BlackjackRound(Deck.stacked(List.of(
            c(Rank.ACE), c(Rank.ACE), c(Rank.KING), c(Rank.QUEEN))), 100, BlackjackRules.standard());
        check(bothNatural.outcome() == Outcome.PUSH, "two naturals push");

        BlackjackRound bust = new BlackjackRound(Deck.stacked(List.of(
            c(Rank.TEN), c(Rank.NINE), c(Rank.SIX), c(Rank.SEVEN), c(Rank.NINE))), 100, BlackjackRules.standard());
        check(bust.hit() && bust.outcome() == Outcome.PLAYER_BUSTS && bust.dealer().size() == 2, "player busts");

        List<Card> soft = List.of(c(Rank.TEN), c(Rank.ACE), c(Rank.EIGHT), c(Rank.SIX), c(Rank.FOUR));
        BlackjackRound s17 = new BlackjackRound(Deck.stacked(soft), 100, BlackjackRules.standard());
        s17.stand();
        check(s17.outcome() == Outcome.PLAYER_WINS && s17.payout() == 100, "dealer stands on soft 17");
        BlackjackRound h17 = new BlackjackRound(Deck.stacked(soft), 100, new BlackjackRules(true, 3, 2));
        h17.stand();
        check(h17.outcome() == Outcome.DEALER_WINS, "dealer hits soft 17");

        BlackjackRound push = new BlackjackRound(Deck.stacked(List.of(
            c(Rank.TEN), c(Rank.TEN), c(Rank.EIGHT), c(Rank.EIGHT))), 100, BlackjackRules.standard());
        push.stand();
        check(push.outcome() == Outcome.PUSH && push.payout() == 0, "push");

        boolean threw = false;
        try {
            new BlackjackRound(Deck.stacked(List.of(c(Rank.TEN))), 100, BlackjackRules.standard());
        } catch (IllegalStateException expected) {
            threw = true;
        }
        check(threw, "empty shoe");

        System.out.println("ood-deck-of-cards (Java): all " + checks + " checks passed");
    }
}
