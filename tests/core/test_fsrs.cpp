// The FSRS-4.5 scheduler against numbers worked out by hand from the published formulas and
// default weights (see app/core/practice/fsrs.h for the formulas).
#include "practice/fsrs.h"

#include <QTest>

#include <cmath>

using namespace Starloop::Practice;

namespace {

// Four decimals are what the hand calculations below carry.
bool near(double actual, double expected, double tolerance = 5e-4)
{
    return std::abs(actual - expected) <= tolerance;
}

#define QCOMPARE_NEAR(actual, expected)                                                                      \
    QVERIFY2(near((actual), (expected)),                                                                     \
             qPrintable(QStringLiteral("%1 is %2, expected %3").arg(QLatin1String(#actual)).arg((actual), 0, 'f', 6).arg((expected), 0, 'f', 4)))

} // namespace

class TestFsrs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstRatingStartsFromTheDefaults_data()
    {
        QTest::addColumn<int>("rating");
        QTest::addColumn<double>("stability");
        QTest::addColumn<double>("difficulty");
        QTest::addColumn<int>("interval");
        // S0(G) = w[G-1]; D0(G) = w4 - (G-3) * w5 = 5.1618 - (G-3) * 1.2298; I(S) = round(S), at least 1.
        QTest::newRow("again") << 1 << 0.4872 << 7.6214 << 1; // 5.1618 + 2 * 1.2298
        QTest::newRow("hard") << 2 << 1.4003 << 6.3916 << 1; // 5.1618 + 1.2298
        QTest::newRow("good") << 3 << 3.7145 << 5.1618 << 4;
        QTest::newRow("easy") << 4 << 13.8206 << 3.9320 << 14; // 5.1618 - 1.2298
    }

    void firstRatingStartsFromTheDefaults()
    {
        QFETCH(int, rating);
        QFETCH(double, stability);
        QFETCH(double, difficulty);
        QFETCH(int, interval);
        const ReviewOutcome outcome = Fsrs().review(std::nullopt, *Fsrs::ratingFromInt(rating), 0);
        QCOMPARE_NEAR(outcome.state.stability, stability);
        QCOMPARE_NEAR(outcome.state.difficulty, difficulty);
        QCOMPARE(outcome.intervalDays, interval);
    }

    void intervalIsStabilityAtNinetyPercent()
    {
        // 0.9^(1/DECAY) - 1 = 0.9^-2 - 1 = 100/81 - 1 = 19/81 = FACTOR, so I(S) = S / FACTOR * FACTOR = S.
        QCOMPARE_NEAR(std::pow(0.9, 1.0 / Fsrs::Decay) - 1.0, Fsrs::Factor);
        const Fsrs fsrs;
        QCOMPARE(fsrs.intervalDays(3.7145), 4);
        QCOMPARE(fsrs.intervalDays(14.4), 14);
        QCOMPARE(fsrs.intervalDays(14.6), 15);
        QCOMPARE(fsrs.intervalDays(0.2), 1); // never sooner than tomorrow
        QCOMPARE(fsrs.intervalDays(1e9), Fsrs::DefaultMaximumIntervalDays);
        // And by the same identity, after S days recall is 90% likely: (1 + 19/81)^-0.5 = (81/100)^0.5.
        QCOMPARE_NEAR(fsrs.retrievability(10, 10), 0.9);
        QCOMPARE_NEAR(fsrs.retrievability(0, 10), 1.0);
        // Asking for better retention brings reviews closer: 10 / (19/81) * (0.95^-2 - 1) = 4.6819.
        QCOMPARE(Fsrs(0.95).intervalDays(10), 5);
        QCOMPARE(Fsrs(0.80).intervalDays(10), 24); // 10 / (19/81) * (0.8^-2 - 1) = 23.9803
    }

    void goodGoodAgainGoodMatchesTheHandCalculation()
    {
        const Fsrs fsrs;
        // Day 0, first review, Good: S = w2 = 3.7145, D = D0(3) = w4 = 5.1618, interval 4 days.
        ReviewOutcome o = fsrs.review(std::nullopt, Rating::Good, 0);
        QCOMPARE_NEAR(o.state.stability, 3.7145);
        QCOMPARE_NEAR(o.state.difficulty, 5.1618);
        QCOMPARE(o.intervalDays, 4);

        // Day 4, Good. R = (1 + 19/81 * 4 / 3.7145)^-0.5 = 0.8935.
        // growth = e^1.6474 (5.1935) * (11 - 5.1618) * 3.7145^-0.1367 (0.8358) * (e^(1.0461 * 0.1065) - 1) (0.1179)
        //        = 2.9866;  S' = 3.7145 * (2.9866 + 1) = 14.8081 -> 15 days.
        // D' = 0.031 * 5.1618 + 0.969 * (5.1618 - 0) = 5.1618 (Good leaves D at D0(3)).
        o = fsrs.review(o.state, Rating::Good, 4);
        QCOMPARE_NEAR(o.retrievability, 0.8935);
        QCOMPARE_NEAR(o.state.stability, 14.8081);
        QCOMPARE_NEAR(o.state.difficulty, 5.1618);
        QCOMPARE(o.intervalDays, 15);

        // Day 16 (12 days later), Again. R = (1 + 19/81 * 12 / 14.8081)^-0.5 = 0.9167.
        // S' = 2.1072 * 5.1618^-0.0793 (0.8780) * ((14.8081 + 1)^0.3246 - 1) (1.4499) * e^(1.587 * 0.0833) (1.1414)
        //    = 3.0617 (below 14.8081, so kept) -> 3 days.
        // D' = 0.031 * 5.1618 + 0.969 * (5.1618 + 2 * 0.8975) = 6.9012.
        o = fsrs.review(o.state, Rating::Again, 12);
        QCOMPARE_NEAR(o.retrievability, 0.9167);
        QCOMPARE_NEAR(o.state.stability, 3.0617);
        QCOMPARE_NEAR(o.state.difficulty, 6.9012);
        QCOMPARE(o.intervalDays, 3);

        // Day 17, Good. R = (1 + 19/81 * 1 / 3.0617)^-0.5 = 0.9638.
        // growth = 5.1935 * (11 - 6.9012) * 3.0617^-0.1367 (0.8582) * (e^(1.0461 * 0.0362) - 1) (0.0386)
        //        = 0.7058;  S' = 3.0617 * 1.7058 = 5.2227 -> 5 days.
        // D' = 0.031 * 5.1618 + 0.969 * 6.9012 = 6.8472.
        o = fsrs.review(o.state, Rating::Good, 1);
        QCOMPARE_NEAR(o.retrievability, 0.9638);
        QCOMPARE_NEAR(o.state.stability, 5.2227);
        QCOMPARE_NEAR(o.state.difficulty, 6.8472);
        QCOMPARE(o.intervalDays, 5);
    }

    void hardAndEasyScaleTheGrowth()
    {
        // From S 3.7145, D 5.1618 after 4 days the Good growth is 2.9866 (see above).
        // Hard: S = 3.7145 * (2.9866 * 0.2272 + 1) = 6.2350; D = 0.031 * 5.1618 + 0.969 * (5.1618 + 0.8975) = 6.0315.
        // Easy: S = 3.7145 * (2.9866 * 2.8755 + 1) = 35.6141; D = 0.031 * 5.1618 + 0.969 * (5.1618 - 0.8975) = 4.2921.
        const Fsrs fsrs;
        const MemoryState start{3.7145, 5.1618};
        const ReviewOutcome hard = fsrs.review(start, Rating::Hard, 4);
        const ReviewOutcome good = fsrs.review(start, Rating::Good, 4);
        const ReviewOutcome easy = fsrs.review(start, Rating::Easy, 4);
        QCOMPARE_NEAR(hard.state.stability, 6.2350);
        QCOMPARE_NEAR(hard.state.difficulty, 6.0315);
        QCOMPARE_NEAR(easy.state.stability, 35.6141);
        QCOMPARE_NEAR(easy.state.difficulty, 4.2921);
        QCOMPARE(hard.intervalDays, 6);
        QCOMPARE(easy.intervalDays, 36);
        QVERIFY(hard.state.stability < good.state.stability);
        QVERIFY(good.state.stability < easy.state.stability);
    }

    void againLowersStability()
    {
        const Fsrs fsrs;
        for (double s : {0.5, 1.0, 4.0, 30.0, 365.0, 3000.0}) {
            for (double d : {1.0, 5.0, 10.0}) {
                for (double days : {0.0, s / 2, s, 3 * s}) {
                    const ReviewOutcome again = fsrs.review(MemoryState{s, d}, Rating::Again, days);
                    QVERIFY2(again.state.stability < s,
                             qPrintable(QStringLiteral("S %1 D %2 after %3 days: %4").arg(s).arg(d).arg(days).arg(again.state.stability)));
                    QVERIFY(again.state.stability > 0);
                    const ReviewOutcome good = fsrs.review(MemoryState{s, d}, Rating::Good, days);
                    QVERIFY(good.state.stability >= s); // remembering never makes a memory weaker
                    QVERIFY(again.intervalDays <= good.intervalDays);
                }
            }
        }
    }

    void difficultyStaysWithinOneToTen()
    {
        const Fsrs fsrs;
        std::optional<MemoryState> state;
        for (int i = 0; i < 50; ++i) {
            state = fsrs.review(state, Rating::Again, 1).state;
            QVERIFY(state->difficulty >= 1.0 && state->difficulty <= 10.0);
        }
        QVERIFY(state->difficulty > 9.0); // pushed to the top, held by the clamp and mean reversion
        for (int i = 0; i < 50; ++i) {
            state = fsrs.review(state, Rating::Easy, state->stability).state;
            QVERIFY(state->difficulty >= 1.0 && state->difficulty <= 10.0);
        }
        QVERIFY(state->difficulty < 2.0);
        // A damaged stored state is brought back into range, not propagated.
        const ReviewOutcome fromBad = fsrs.review(MemoryState{-3, 42}, Rating::Good, 2);
        QVERIFY(fromBad.state.difficulty <= 10.0);
        QVERIFY(fromBad.state.stability > 0);
        QVERIFY(std::isfinite(fromBad.state.stability));
    }

    void ratingsOutsideOneToFourAreRefused()
    {
        QVERIFY(!Fsrs::ratingFromInt(0));
        QVERIFY(!Fsrs::ratingFromInt(5));
        QCOMPARE(*Fsrs::ratingFromInt(1), Rating::Again);
        QCOMPARE(*Fsrs::ratingFromInt(4), Rating::Easy);
    }
};

QTEST_GUILESS_MAIN(TestFsrs)
#include "test_fsrs.moc"
