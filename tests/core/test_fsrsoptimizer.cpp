// FsrsOptimizer and OptimizerJob on synthetic review logs: reviews simulated (seeded) from known
// FSRS-6 parameters, then fitted from the defaults. The fit must lower the loss and predict recall
// as the true parameters do; too short a log, a cancelled fit and a fit that cannot do better are
// refused or kept back as the header says.
#include "core/practice/fsrsoptimizer.h"
#include "core/practice/optimizerjob.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Starloop::Practice;

namespace {

// Parameters a real user's fit could give: a steeper forgetting curve (w20), stronger first reviews.
const Fsrs::Parameters TrueParameters {0.6, 2.0, 4.5, 15.0, 5.9, 1.1, 2.4, 0.01, 1.6, 0.2, 0.95, 1.7, 0.08,
    0.3, 1.4, 0.5, 2.2, 0.6, 0.15, 0.1, 0.5};

class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    double uniform()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(m_state >> 11) / double(1ULL << 53);
    }
    int below(int n) { return static_cast<int>(uniform() * n); }

private:
    quint64 m_state;
};

// Reviews of `items` items, each starting on a day in the first two months and reviewed near
// its intervals (sometimes early, late or twice a day); recall drawn from the true R.
QVector<ItemHistory> simulateLog(const Fsrs::Parameters &parameters, int items, quint64 seed)
{
    const Fsrs fsrs(parameters);
    Random random(seed);
    const qint64 noon = QDateTime(QDate(2025, 1, 6), QTime(12, 0)).toSecsSinceEpoch();
    QVector<ItemHistory> log;
    for (int i = 0; i < items; ++i) {
        ItemHistory item {ItemKind::Question, i + 1, {}};
        int day = random.below(60);
        const double first = random.uniform();
        Rating rating = first < 0.2 ? Rating::Again
            : first < 0.35          ? Rating::Hard
            : first < 0.9           ? Rating::Good
                                    : Rating::Easy;
        ReviewOutcome outcome = fsrs.review(std::nullopt, rating, 0);
        item.reviews.append({rating, noon + qint64(day) * 86400});
        for (int n = 1; n < 12 && day < 730; ++n) {
            const double timing = random.uniform();
            // Same day, or anywhere from a third of the interval to three times it: a log that
            // samples the forgetting curve widely, as a user who skips days does.
            int elapsed
                = timing < 0.08 ? 0 : std::max(1, int(outcome.intervalDays * (0.3 + 2.7 * random.uniform())));
            const double r = fsrs.retrievability(elapsed, outcome.state.stability);
            if (random.uniform() >= r) {
                rating = Rating::Again;
            } else {
                const double kind = random.uniform();
                rating = kind < 0.15 ? Rating::Hard : kind < 0.9 ? Rating::Good : Rating::Easy;
            }
            day += elapsed;
            outcome = fsrs.review(outcome.state, rating, elapsed);
            item.reviews.append({rating, noon + qint64(day) * 86400 + (elapsed == 0 ? 3600 : 0)});
        }
        log.append(item);
    }
    return log;
}

// The mean gap between the recall two parameter sets predict at every counted review of `log`.
double predictionGap(const QVector<ItemHistory> &log, const Fsrs::Parameters &a, const Fsrs::Parameters &b)
{
    const Fsrs fa(a);
    const Fsrs fb(b);
    double gap = 0;
    int n = 0;
    for (const ItemHistory &item : log) {
        std::optional<MemoryState> sa;
        std::optional<MemoryState> sb;
        for (int i = 0; i < item.reviews.size(); ++i) {
            const int days = i == 0
                ? 0
                : ReviewHistory::calendarDays(item.reviews[i - 1].reviewedAt, item.reviews[i].reviewedAt);
            const ReviewOutcome oa = fa.review(sa, item.reviews[i].rating, days);
            const ReviewOutcome ob = fb.review(sb, item.reviews[i].rating, days);
            if (i > 0 && days > 0) {
                gap += std::abs(oa.retrievability - ob.retrievability);
                ++n;
            }
            sa = oa.state;
            sb = ob.state;
        }
    }
    return n > 0 ? gap / n : 0.0;
}

} // namespace

class TestFsrsOptimizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recoversKnownParametersFromASyntheticLog()
    {
        const QVector<ItemHistory> log = simulateLog(TrueParameters, 500, 7);
        qInfo("%d reviews", FsrsOptimizer::reviewCount(log));
        QVERIFY(FsrsOptimizer::reviewCount(log) > 3000);
        const double trueLoss = FsrsOptimizer::logLoss(log, TrueParameters);
        int calls = 0;
        const auto report
            = FsrsOptimizer::fit(log, Fsrs::defaultParameters(), FitOptions(), [&](double done, double) {
                  ++calls;
                  return done <= 1.0;
              });
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(calls, 300);
        QCOMPARE(report->reviews, FsrsOptimizer::reviewCount(log));
        QVERIFY(report->countedReviews > 2000);
        qInfo("loss: defaults %.4f, fitted %.4f, true parameters %.4f", report->lossBefore, report->lossAfter,
            trueLoss);
        QVERIFY(report->lossAfter < report->lossBefore - 0.005);
        QVERIFY(report->improved);
        QCOMPARE(report->lossAfter, FsrsOptimizer::logLoss(log, report->parameters));
        // As good as the truth (a fit may even overfit the noise a little).
        QVERIFY2(
            report->lossAfter < trueLoss + 0.003, qPrintable(QString::number(report->lossAfter - trueLoss)));
        // Predicted recall near the true one at every review; far nearer than the defaults'.
        const double fittedGap = predictionGap(log, report->parameters, TrueParameters);
        const double defaultGap = predictionGap(log, Fsrs::defaultParameters(), TrueParameters);
        qInfo("mean |R - R true|: fitted %.4f, defaults %.4f; decay %.3f (true %.3f)", fittedGap, defaultGap,
            report->parameters[20], TrueParameters[20]);
        QVERIFY(fittedGap < 0.02);
        QVERIFY(fittedGap < defaultGap / 2);
        QVERIFY(std::abs(report->parameters[20] - TrueParameters[20]) < 0.2); // the decay, from 0.1542
        QCOMPARE(Fsrs::clamped(report->parameters), report->parameters);
    }

    void keepsTheParametersWhenTheFitIsNotBetter()
    {
        const QVector<ItemHistory> log = simulateLog(TrueParameters, 80, 3);
        FitOptions still;
        still.steps = 5;
        still.learningRate = 0; // cannot move: no better than where it started
        const auto report = FsrsOptimizer::fit(log, Fsrs::defaultParameters(), still);
        QVERIFY(report.ok());
        QVERIFY(!report->improved);
        QCOMPARE(report->parameters, Fsrs::defaultParameters());
        QCOMPARE(report->lossAfter, report->lossBefore);
    }

    void refusesAShortLogAndStopsWhenCancelled()
    {
        const QVector<ItemHistory> log = simulateLog(TrueParameters, 20, 5);
        const auto tooShort = FsrsOptimizer::fit(log, Fsrs::defaultParameters());
        QVERIFY(!tooShort.ok());
        QVERIFY(tooShort.errorMessage().contains(QStringLiteral("at least 400 reviews")));
        FitOptions options;
        options.minimumReviews = 10;
        const auto cancelled = FsrsOptimizer::fit(
            log, Fsrs::defaultParameters(), options, [](double, double) { return false; });
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.errorMessage().contains(QStringLiteral("cancelled")));
    }

    void jobReportsProgressAndTheFitFromItsThread()
    {
        const QVector<ItemHistory> log = simulateLog(TrueParameters, 60, 11);
        OptimizerJob job;
        QSignalSpy progressed(&job, &OptimizerJob::progressed);
        QSignalSpy finished(&job, &OptimizerJob::finished);
        FitOptions options;
        options.steps = 40;
        options.minimumReviews = 100;
        QVERIFY(job.start(log, Fsrs::defaultParameters(), options));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(progressed.size() >= 2);
        QCOMPARE(progressed.last().at(0).toInt(), 100);
        const auto report = finished.first().at(0).value<FitReport>();
        QCOMPARE(report.steps, 40);
        // Deterministic: the same fit without the thread.
        QCOMPARE(FsrsOptimizer::fit(log, Fsrs::defaultParameters(), options)->parameters, report.parameters);
        QVERIFY(report.lossAfter <= report.lossBefore);
        QVERIFY(!job.isRunning());

        QSignalSpy failed(&job, &OptimizerJob::failed);
        options.steps = 100000;
        QVERIFY(job.start(log, Fsrs::defaultParameters(), options));
        QVERIFY(!job.start(log, Fsrs::defaultParameters(), options)); // one at a time
        job.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("cancelled")));
    }
};

QTEST_GUILESS_MAIN(TestFsrsOptimizer)
#include "test_fsrsoptimizer.moc"
