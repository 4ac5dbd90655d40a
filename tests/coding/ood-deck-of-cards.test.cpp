// Checks the C++ class design printed in content/questions/ood/ood-deck-of-cards.md.
#include SOLUTION_HEADER

#include <iostream>
#include <set>
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

Card c(Rank r, Suit s = Suit::Spades) { return {r, s}; }

Hand hand(std::initializer_list<Rank> ranks) {
    Hand h;
    for (Rank r : ranks) h.add(c(r));
    return h;
}

std::set<std::string> names(const Deck& deck) {
    std::set<std::string> out;
    for (const Card& card : deck.cards()) out.insert(card.name());
    return out;
}
}  // namespace

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    using R = Rank;
    {  // the generic deck
        Deck deck;
        EXPECT(deck.size() == 52 && names(deck).size() == 52);
        EXPECT(c(R::Ten, Suit::Hearts).name() == "10H" && c(R::Queen).name() == "QS" && c(R::Ace, Suit::Diamonds).name() == "AD");
        std::mt19937 rngA(2024), rngB(2024);
        Deck a, b;
        a.shuffle(rngA);
        b.shuffle(rngB);
        EXPECT(a.cards() == b.cards());  // same seed, same order
        EXPECT(names(a).size() == 52);   // still a permutation
        EXPECT(!(a.cards() == Deck().cards()));
        Deck shoe(6);
        EXPECT(shoe.size() == 312);
        Deck tiny = Deck::stacked({c(R::Ace), c(R::Two)});
        EXPECT(tiny.draw() == c(R::Ace) && tiny.draw() == c(R::Two) && !tiny.draw());
    }
    {  // scoring
        EXPECT(blackjackScore(hand({R::Ace, R::King})).total == 21 && isBlackjack(hand({R::Ace, R::King})));
        EXPECT(blackjackScore(hand({R::Ace, R::Ace})).total == 12 && blackjackScore(hand({R::Ace, R::Ace})).soft);
        EXPECT(blackjackScore(hand({R::Ace, R::Ace, R::Nine})).total == 21);
        EXPECT(!isBlackjack(hand({R::Seven, R::Seven, R::Seven})));
        const Score soft17 = blackjackScore(hand({R::Ace, R::Six}));
        EXPECT(soft17.total == 17 && soft17.soft);
        const Score hard17 = blackjackScore(hand({R::Ace, R::Six, R::Ten}));
        EXPECT(hard17.total == 17 && !hard17.soft);
        EXPECT(blackjackScore(hand({R::King, R::Queen, R::Two})).total == 22);
    }
    {  // dealer draws to 21 and wins
        Deck deck = Deck::stacked({c(R::Ten), c(R::Nine), c(R::Seven), c(R::Seven), c(R::Five)});
        BlackjackRound round(deck, 100);
        EXPECT(round.playerTurn() && blackjackScore(round.player()).total == 17);
        EXPECT(round.stand());
        EXPECT(round.dealer().size() == 3 && blackjackScore(round.dealer()).total == 21);
        EXPECT(round.outcome() == Outcome::DealerWins && round.payout() == -100);
        EXPECT(!round.hit() && !round.stand());  // the round is over
    }
    {  // a natural pays 3:2 at once; two naturals push
        Deck deck = Deck::stacked({c(R::Ace), c(R::Nine), c(R::King), c(R::Seven)});
        BlackjackRound round(deck, 100);
        EXPECT(!round.playerTurn() && round.outcome() == Outcome::PlayerBlackjack && round.payout() == 150);
        Deck both = Deck::stacked({c(R::Ace), c(R::Ace), c(R::King), c(R::Queen)});
        EXPECT(BlackjackRound(both, 100).outcome() == Outcome::Push);
        Deck dealerNatural = Deck::stacked({c(R::Ten), c(R::Ace), c(R::Nine), c(R::King)});
        EXPECT(BlackjackRound(dealerNatural, 100).payout() == -100);
    }
    {  // the player busts; the dealer does not draw
        Deck deck = Deck::stacked({c(R::Ten), c(R::Nine), c(R::Six), c(R::Seven), c(R::Nine)});
        BlackjackRound round(deck, 100);
        EXPECT(round.hit());
        EXPECT(round.outcome() == Outcome::PlayerBusts && round.payout() == -100 && round.dealer().size() == 2);
    }
    {  // soft 17: stand (S17) versus hit (H17)
        const std::vector<Card> cards{c(R::Ten), c(R::Ace), c(R::Eight), c(R::Six), c(R::Four)};
        Deck s17deck = Deck::stacked(cards);
        BlackjackRound s17(s17deck, 100);
        s17.stand();
        EXPECT(s17.outcome() == Outcome::PlayerWins && s17.payout() == 100 && s17.dealer().size() == 2);
        Deck h17deck = Deck::stacked(cards);
        BlackjackRound h17(h17deck, 100, BlackjackRules{true, 3, 2});
        h17.stand();
        EXPECT(h17.outcome() == Outcome::DealerWins && blackjackScore(h17.dealer()).total == 21);
    }
    {  // push on equal totals; dealer bust
        Deck pushDeck = Deck::stacked({c(R::Ten), c(R::Ten), c(R::Eight), c(R::Eight)});
        BlackjackRound push(pushDeck, 100);
        push.stand();
        EXPECT(push.outcome() == Outcome::Push && push.payout() == 0);
        Deck bustDeck = Deck::stacked({c(R::Ten), c(R::Ten), c(R::Two), c(R::Six), c(R::King)});
        BlackjackRound bust(bustDeck, 100);
        bust.stand();
        EXPECT(bust.outcome() == Outcome::PlayerWins && blackjackScore(bust.dealer()).total == 26);
    }
    bool threw = false;
    try {
        Deck empty = Deck::stacked({c(R::Ten)});
        BlackjackRound round(empty, 100);
    } catch (const std::runtime_error&) {
        threw = true;
    }
    EXPECT(threw);

    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-deck-of-cards: all checks passed\n";
    return 0;
}
