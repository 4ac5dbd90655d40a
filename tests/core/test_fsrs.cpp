// The FSRS-6 scheduler against ts-fsrs, the reference implementation: the committed vectors in
// tests/data/fsrs (made by generate_vectors.mjs there), and a few numbers worked out by hand from
// the formulas in app/core/practice/fsrs.h.
#include "core/practice/fsrs.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace Starloop::Practice;

namespace {

bool near(double actual, double expected, double tolerance = 5e-4)
{
    return std::abs(actual - expected) <= tolerance;
}

// ts-fsrs rounds each step to 8 decimals; our doubles may differ by that much, carried along.
bool sameAsReference(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-6 * std::max(1.0, std::abs(expected));
}

#define QCOMPARE_NEAR(actual, expected)                                                                      \
    QVERIFY2(near((actual), (expected)),                                                                     \
        qPrintable(QStringLiteral("%1 is %2, expected %3")                                                   \
                       .arg(QLatin1String(#actual))                                                          \
                       .arg((actual), 0, 'f', 6)                                                             \
                       .arg((expected), 0, 'f', 4)))

QJsonObject referenceVectors()
{
    QFile file(QStringLiteral(STARLOOP_TEST_DATA "/fsrs/fsrs6_vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

Fsrs::Parameters parametersFrom(const QJsonArray &array)
{
    Fsrs::Parameters w {};
    for (int i = 0; i < Fsrs::ParameterCount; ++i)
        w[i] = array.at(i).toDouble();
    return w;
}

} // namespace

class TestFsrs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesTheReferenceImplementation()
    {
        const QJsonObject vectors = referenceVectors();
        const QJsonArray sets = vectors.value(QStringLiteral("parameter_sets")).toArray();
        const QJsonArray sequences = vectors.value(QStringLiteral("sequences")).toArray();
        QVERIFY2(sequences.size() >= 200, "tests/data/fsrs/fsrs6_vectors.json holds at least 200 sequences");
        int reviews = 0;
        int sameDay = 0;
        for (int i = 0; i < sequences.size(); ++i) {
            const QJsonObject sequence = sequences.at(i).toObject();
            const Fsrs fsrs(
                parametersFrom(sets.at(sequence.value(QStringLiteral("parameter_set")).toInt()).toArray()),
                sequence.value(QStringLiteral("request_retention")).toDouble(),
                sequence.value(QStringLiteral("maximum_interval")).toInt());
            std::optional<MemoryState> state;
            const QJsonArray steps = sequence.value(QStringLiteral("reviews")).toArray();
            for (int j = 0; j < steps.size(); ++j) {
                // rating, elapsed_days, stability, difficulty, retrievability, interval
                const QJsonArray step = steps.at(j).toArray();
                const int elapsed = step.at(1).isNull() ? 0 : step.at(1).toInt();
                sameDay += state && elapsed == 0;
                const ReviewOutcome o = fsrs.review(state, *Fsrs::ratingFromInt(step.at(0).toInt()), elapsed);
                const QString where = QStringLiteral("sequence %1, review %2: ").arg(i).arg(j);
                QVERIFY2(sameAsReference(o.state.stability, step.at(2).toDouble()),
                    qPrintable(where
                        + QStringLiteral("S %1, reference %2")
                              .arg(o.state.stability, 0, 'f', 8)
                              .arg(step.at(2).toDouble(), 0, 'f', 8)));
                QVERIFY2(sameAsReference(o.state.difficulty, step.at(3).toDouble()),
                    qPrintable(where
                        + QStringLiteral("D %1, reference %2")
                              .arg(o.state.difficulty, 0, 'f', 8)
                              .arg(step.at(3).toDouble(), 0, 'f', 8)));
                if (!step.at(4).isNull())
                    QVERIFY2(sameAsReference(o.retrievability, step.at(4).toDouble()),
                        qPrintable(where
                            + QStringLiteral("R %1, reference %2")
                                  .arg(o.retrievability, 0, 'f', 8)
                                  .arg(step.at(4).toDouble(), 0, 'f', 8)));
                QVERIFY2(o.intervalDays == step.at(5).toInt(),
                    qPrintable(where
                        + QStringLiteral("interval %1, reference %2")
                              .arg(o.intervalDays)
                              .arg(step.at(5).toInt())));
                state = o.state;
                ++reviews;
            }
        }
        QVERIFY(reviews > 1000);
        QVERIFY(sameDay > 100); // the short-term formula is exercised
    }

    void firstRatingStartsFromTheDefaults_data()
    {
        QTest::addColumn<int>("rating");
        QTest::addColumn<double>("stability");
        QTest::addColumn<double>("difficulty");
        QTest::addColumn<int>("interval");
        // S0(G) = w[G-1]; D0(G) = w4 - e^(w5 * (G - 1)) + 1, clamped; I(S) = round(S) at 90%, at least 1.
        QTest::newRow("again") << 1 << 0.212 << 6.4133 << 1; // 6.4133 - 1 + 1
        QTest::newRow("hard") << 2 << 1.2931 << 5.1122 << 1; // 6.4133 - e^0.8334 + 1
        QTest::newRow("good") << 3 << 2.3065 << 2.1181 << 2; // 6.4133 - e^1.6668 + 1
        QTest::newRow("easy") << 4 << 8.2956 << 1.0 << 8; // 6.4133 - e^2.5002 + 1 = -4.77, clamped
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
        // F = 0.9^(-1/w20) - 1 makes R(S, S) = 0.9 for any decay, so at 90% the interval is S.
        for (double decay : {0.1542, 0.5, 0.8}) {
            Fsrs::Parameters w = Fsrs::defaultParameters();
            w[20] = decay;
            const Fsrs fsrs(w);
            QCOMPARE_NEAR(fsrs.retrievability(10, 10), 0.9);
            QCOMPARE_NEAR(fsrs.retrievability(0, 10), 1.0);
            QCOMPARE(fsrs.intervalDays(14.4), 14);
            QCOMPARE(fsrs.intervalDays(14.6), 15);
        }
        const Fsrs fsrs;
        QCOMPARE(fsrs.intervalDays(0.2), 1); // never sooner than tomorrow
        QCOMPARE(fsrs.intervalDays(1e9), Fsrs::DefaultMaximumIntervalDays);
        // With the flat default curve (w20 = 0.1542) other retentions move intervals a lot:
        // 10 / F * (0.95^(-1/0.1542) - 1) = 4.03, 10 / F * (0.8^(-1/0.1542) - 1) = 33.
        QCOMPARE(Fsrs(0.95).intervalDays(10), 4);
        QCOMPARE(Fsrs(0.80).intervalDays(10), 33);
        QCOMPARE(Fsrs(0.5).requestedRetention(), Fsrs::MinimumRetention);
    }

    void goodThenSameDayThenLapse()
    {
        const Fsrs fsrs;
        ReviewOutcome o = fsrs.review(std::nullopt, Rating::Good, 0);
        // Day 2, Good. R = (1 + F * 2 / 2.3065)^-0.1542 = 0.9095; S grows to 10.9643; D moves by
        // mean reversion only (Good: no delta): 0.001 * D0(4) + 0.999 * 2.1181 = 2.1112.
        o = fsrs.review(o.state, Rating::Good, 2);
        QCOMPARE_NEAR(o.retrievability, 0.9095);
        QCOMPARE_NEAR(o.state.stability, 10.9643);
        QCOMPARE_NEAR(o.state.difficulty, 2.1112);
        QCOMPARE(o.intervalDays, 11);
        // Day 12, Again: the forget formula, capped by S / e^(w17 * w18); D climbs (damped).
        o = fsrs.review(o.state, Rating::Again, 10);
        QCOMPARE_NEAR(o.retrievability, 0.9062);
        QCOMPARE_NEAR(o.state.stability, 1.5221);
        QCOMPARE_NEAR(o.state.difficulty, 7.3922);
        QCOMPARE(o.intervalDays, 2);
    }

    void sameDayReviewsUseTheShortTermFormula()
    {
        const Fsrs fsrs;
        const MemoryState first {2.3065, 2.1181};
        // S^-w19 * e^(w17 * (G - 3 + w18)): Good gives 2.3065^-0.0658 * e^(0.5425 * 0.0912) = 0.9973,
        // raised to 1 (a success never lowers S); Again gives e^(0.5425 * -1.9088) * 0.9461 = 0.3360.
        QCOMPARE_NEAR(fsrs.review(first, Rating::Good, 0).state.stability, 2.3065);
        QCOMPARE_NEAR(fsrs.review(first, Rating::Again, 0).state.stability, 0.7751);
        QVERIFY(fsrs.review(first, Rating::Easy, 0).state.stability > 2.3065);
        QCOMPARE(fsrs.review(first, Rating::Good, 0).retrievability, 1.0);
    }

    void againLowersStability()
    {
        const Fsrs fsrs;
        for (double s : {0.5, 1.0, 4.0, 30.0, 365.0, 3000.0}) {
            for (double d : {1.0, 5.0, 10.0}) {
                for (int days : {1, int(s / 2) + 1, int(s) + 1, int(3 * s) + 1}) {
                    const ReviewOutcome again = fsrs.review(MemoryState {s, d}, Rating::Again, days);
                    QVERIFY2(again.state.stability < s,
                        qPrintable(QStringLiteral("S %1 D %2 after %3 days: %4")
                                       .arg(s)
                                       .arg(d)
                                       .arg(days)
                                       .arg(again.state.stability)));
                    QVERIFY(again.state.stability > 0);
                    const ReviewOutcome good = fsrs.review(MemoryState {s, d}, Rating::Good, days);
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
        QVERIFY(state->difficulty > 9.0); // pushed to the top, held by the damping and the clamp
        for (int i = 0; i < 50; ++i) {
            state = fsrs.review(state, Rating::Easy, int(state->stability) + 1).state;
            QVERIFY(state->difficulty >= 1.0 && state->difficulty <= 10.0);
        }
        QVERIFY(state->difficulty < 2.0);
        // A damaged stored state is brought back into range, not propagated.
        const ReviewOutcome fromBad = fsrs.review(MemoryState {-3, 42}, Rating::Good, 2);
        QVERIFY(fromBad.state.difficulty <= 10.0);
        QVERIFY(fromBad.state.stability > 0);
        QVERIFY(std::isfinite(fromBad.state.stability));
    }

    void parametersAreKeptWithinTheirBounds()
    {
        Fsrs::Parameters wild = Fsrs::defaultParameters();
        wild[0] = -5;
        wild[20] = 3;
        wild[7] = std::nan("");
        const Fsrs fsrs(wild);
        QCOMPARE(fsrs.parameters()[0], Fsrs::lowerBounds()[0]);
        QCOMPARE(fsrs.parameters()[20], 0.8);
        QCOMPARE(fsrs.parameters()[7], Fsrs::defaultParameters()[7]);
        QCOMPARE(Fsrs::clamped(Fsrs::defaultParameters()), Fsrs::defaultParameters());
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
