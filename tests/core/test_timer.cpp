// The practice timer and its plans, driven by a FakeClock: phases change when the plan says,
// pausing stops time, added minutes and overrun are measured, and a jump of the clock (a laptop
// waking from suspend) lands on the right phase and time at the next poll.
#include "core/practice/fakeclock.h"
#include "core/practice/practicetimer.h"
#include "core/practice/timerplan.h"

#include <QSignalSpy>
#include <QTest>

using namespace Starloop;
using namespace Starloop::Practice;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;

QList<int> phaseIndexes(const QSignalSpy &spy)
{
    QList<int> indexes;
    for (const QList<QVariant> &arguments : spy)
        indexes << arguments.at(0).toInt();
    return indexes;
}

} // namespace

class TestTimer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presetsFollowTheLoop()
    {
        QCOMPARE(TimerPlan::codingRound().totalSeconds(), 45 * 60);
        QCOMPARE(TimerPlan::codingRound().phaseCount(), 5);
        QCOMPARE(TimerPlan::codingRound().phases().at(2).seconds, 25 * 60);
        QCOMPARE(TimerPlan::systemDesign().totalSeconds(), 60 * 60);
        QCOMPARE(TimerPlan::systemDesign().phases().at(3).seconds, 25 * 60); // deep dive
        QCOMPARE(TimerPlan::systemDesignShort().totalSeconds(), 45 * 60);
        QCOMPARE(TimerPlan::phoneScreen().totalSeconds(), 60 * 60);
        QCOMPARE(TimerPlan::phoneScreen().phases().at(2).seconds, 35 * 60); // coding
        QCOMPARE(TimerPlan::leadershipAnswer().totalSeconds(), 4 * 60);
        QCOMPARE(TimerPlan::leadershipAnswer().warningAtSeconds(), 3 * 60);
        QVERIFY(TimerPlan::stopwatch().isStopwatch());
        QStringList ids;
        for (const TimerPlan &plan : TimerPlan::presets())
            ids << plan.id();
        QCOMPARE(ids.size(), 6);
        QCOMPARE(ids.removeDuplicates(), 0);
    }

    void plansSurviveJson()
    {
        for (const TimerPlan &plan : TimerPlan::presets()) {
            const Result<TimerPlan> back = TimerPlan::fromJson(plan.toJson());
            QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
            QCOMPARE(back.value(), plan);
        }
        const TimerPlan own(QStringLiteral("mine"), QStringLiteral("Bar raiser, \"quick\""),
            {{QStringLiteral("Story"), 150}, {QStringLiteral("Follow-ups"), 330}}, 400);
        const Result<TimerPlan> back = TimerPlan::fromJson(own.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), own);
        QCOMPARE(back->totalSeconds(), 480);
    }

    void badPlanJsonIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{\"name\":");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no name") << QByteArray(R"({"phases":[{"name":"A","seconds":60}]})");
        QTest::newRow("no phases") << QByteArray(R"({"name":"P"})");
        QTest::newRow("zero seconds") << QByteArray(R"({"name":"P","phases":[{"name":"A","seconds":0}]})");
        QTest::newRow("fraction") << QByteArray(R"({"name":"P","phases":[{"name":"A","seconds":60.5}]})");
        QTest::newRow("huge") << QByteArray(R"({"name":"P","phases":[{"name":"A","seconds":1e30}]})");
        QTest::newRow("text seconds") << QByteArray(R"({"name":"P","phases":[{"name":"A","seconds":"60"}]})");
        QTest::newRow("unnamed phase") << QByteArray(R"({"name":"P","phases":[{"name":" ","seconds":60}]})");
        QTest::newRow("warning after end")
            << QByteArray(R"({"name":"P","warningAtSeconds":60,"phases":[{"name":"A","seconds":60}]})");
        QTest::newRow("newer version") << QByteArray(R"({"version":2,"name":"P","phases":[]})");
    }

    void badPlanJsonIsRefused()
    {
        QFETCH(QByteArray, json);
        const Result<TimerPlan> plan = TimerPlan::fromJson(json);
        QVERIFY(!plan.ok());
        QVERIFY(plan.errorMessage().startsWith(QLatin1String("This timer plan cannot be read")));
    }

    void phasesAdvanceAtTheRightTimes()
    {
        FakeClock clock;
        PracticeTimer timer(&clock);
        timer.setPlan(TimerPlan::codingRound());
        QSignalSpy phases(&timer, &PracticeTimer::phaseChanged);
        timer.start();
        QCOMPARE(timer.state(), PracticeTimer::State::Running);
        QCOMPARE(timer.currentPhase(), 0);
        QCOMPARE(timer.remainingMs(), 45 * Minute);
        QCOMPARE(PracticeTimer::formatRemaining(timer.remainingMs()), QStringLiteral("45:00"));

        clock.advanceMs(5 * Minute - 1);
        timer.poll();
        QCOMPARE(timer.currentPhase(), 0);
        QCOMPARE(timer.phaseRemainingMs(), qint64(1));
        QCOMPARE(phases.count(), 0);

        clock.advanceMs(1); // 5:00 - clarify is over
        timer.poll();
        QCOMPARE(timer.currentPhase(), 1);
        QCOMPARE(timer.phaseRemainingMs(), 5 * Minute);
        QCOMPARE(phaseIndexes(phases), QList<int>({1}));

        // Polled every second up to 44:59, each boundary is reported exactly once.
        for (int s = 5 * 60 + 1; s < 45 * 60; ++s) {
            clock.advanceMs(Second);
            timer.poll();
        }
        QCOMPARE(phaseIndexes(phases), QList<int>({1, 2, 3, 4}));
        QCOMPARE(timer.currentPhase(), 4);
        QCOMPARE(timer.remainingMs(), 1 * Second);
        QCOMPARE(timer.elapsedMs(), 45 * Minute - Second);
    }

    void pauseStopsTime()
    {
        FakeClock clock;
        PracticeTimer timer(&clock);
        timer.setPlan(TimerPlan::systemDesign());
        timer.start();
        clock.advanceMinutes(2);
        timer.pause();
        QCOMPARE(timer.state(), PracticeTimer::State::Paused);
        clock.advanceMinutes(10); // a coffee break
        timer.poll();
        QCOMPARE(timer.elapsedMs(), 2 * Minute);
        QCOMPARE(timer.currentPhase(), 0);
        QCOMPARE(timer.remainingMs(), 58 * Minute);

        timer.resume();
        clock.advanceMinutes(4);
        timer.poll();
        QCOMPARE(timer.elapsedMs(), 6 * Minute);
        QCOMPARE(timer.currentPhase(), 1); // estimate: 5..10 min of running time
        QCOMPARE(timer.phaseElapsedMs(), 1 * Minute);

        timer.start(); // ignored while a session runs
        QCOMPARE(timer.elapsedMs(), 6 * Minute);
    }

    void addMinuteExtendsTheCurrentPhase()
    {
        FakeClock clock;
        PracticeTimer timer(&clock);
        timer.setPlan(TimerPlan::codingRound());
        QVERIFY(!timer.addMinute()); // not started
        QSignalSpy phases(&timer, &PracticeTimer::phaseChanged);
        timer.start();
        clock.advanceMinutes(4);
        QVERIFY(timer.addMinute());
        QCOMPARE(timer.phaseRemainingMs(), 2 * Minute);
        QCOMPARE(timer.remainingMs(), 42 * Minute);
        QCOMPARE(timer.plannedMs(), 46 * Minute);

        clock.advanceMs(2 * Minute - 1); // 5:59.999 - still clarifying
        timer.poll();
        QCOMPARE(timer.currentPhase(), 0);
        QCOMPARE(phases.count(), 0);
        clock.advanceMs(1);
        timer.poll();
        QCOMPARE(phaseIndexes(phases), QList<int>({1}));
        QCOMPARE(timer.phaseRemainingMs(), 5 * Minute); // the next phase keeps its full length
        QCOMPARE(timer.phaseActualMs(0), 6 * Minute);
        QCOMPARE(timer.phaseOverrunMs(0), 1 * Minute);

        timer.pause();
        QVERIFY(timer.addMinute()); // allowed while paused too
        QCOMPARE(timer.phaseRemainingMs(), 6 * Minute);

        PracticeTimer stopwatch(&clock);
        stopwatch.setPlan(TimerPlan::stopwatch());
        stopwatch.start();
        QVERIFY(!stopwatch.addMinute());
    }

    void overrunIsMeasuredAndFinishedFiresOnce()
    {
        FakeClock clock;
        PracticeTimer timer(&clock);
        timer.setPlan(TimerPlan::leadershipAnswer());
        QSignalSpy finished(&timer, &PracticeTimer::finished);
        QSignalSpy warnings(&timer, &PracticeTimer::warningReached);
        timer.start();

        clock.advanceMs(3 * Minute - 1);
        timer.poll();
        QCOMPARE(warnings.count(), 0);
        clock.advanceMs(1);
        timer.poll();
        QCOMPARE(warnings.count(), 1);
        QCOMPARE(PracticeTimer::formatRemaining(timer.remainingMs()), QStringLiteral("01:00"));

        clock.advanceMs(Minute - 1);
        timer.poll();
        QCOMPARE(finished.count(), 0);
        QCOMPARE(PracticeTimer::formatRemaining(timer.remainingMs()), QStringLiteral("00:01"));
        clock.advanceMs(1);
        timer.poll();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!timer.isOverrun());

        // The countdown goes on past zero; the session is still running.
        for (int i = 0; i < 30; ++i) {
            clock.advanceSeconds(1);
            timer.poll();
        }
        QCOMPARE(finished.count(), 1);
        QCOMPARE(warnings.count(), 1);
        QCOMPARE(timer.state(), PracticeTimer::State::Running);
        QVERIFY(timer.isOverrun());
        QCOMPARE(timer.remainingMs(), -30 * Second);
        QCOMPARE(PracticeTimer::formatRemaining(timer.remainingMs()), QStringLiteral("-00:30"));
        QCOMPARE(timer.currentPhase(), 0);
        QCOMPARE(timer.phaseOverrunMs(0), 30 * Second);

        timer.stop();
        clock.advanceMinutes(5); // time after stop() does not count
        timer.poll();
        QCOMPARE(timer.state(), PracticeTimer::State::Stopped);
        QCOMPARE(timer.elapsedMs(), 4 * Minute + 30 * Second);
        const TimerSummary summary = timer.summary();
        QCOMPARE(summary.plannedSeconds, 240);
        QCOMPARE(summary.actualSeconds, 270);
        QCOMPARE(summary.overrunSeconds(), 30);
        QCOMPARE(summary.phases.size(), 1);
        QCOMPARE(summary.phases.at(0).actualSeconds, 270);
        QCOMPARE(summary.phases.at(0).overrunSeconds(), 30);

        // A new session on the same timer starts from zero and may finish again.
        timer.start();
        clock.advanceMinutes(4);
        timer.poll();
        QCOMPARE(timer.elapsedMs(), 4 * Minute);
        QCOMPARE(finished.count(), 2);
    }

    void suspendLandsOnTheRightPhase()
    {
        FakeClock clock(123456789); // the monotonic clock's origin means nothing
        PracticeTimer timer(&clock);
        timer.setPlan(TimerPlan::systemDesign());
        QSignalSpy phases(&timer, &PracticeTimer::phaseChanged);
        QSignalSpy finished(&timer, &PracticeTimer::finished);
        timer.start();
        clock.advanceMinutes(3);
        timer.poll();
        QCOMPARE(timer.currentPhase(), 0);

        clock.advanceMinutes(10); // the lid was closed: no polls for 10 minutes
        timer.poll();
        QCOMPARE(timer.currentPhase(), 2); // high-level design, 10..25 min
        QCOMPARE(phaseIndexes(phases), QList<int>({2})); // one change to where we are now
        QCOMPARE(timer.remainingMs(), 47 * Minute);
        QCOMPARE(timer.phaseRemainingMs(), 12 * Minute);
        QCOMPARE(timer.phaseActualMs(1), 5 * Minute); // the phase slept through counts in full

        clock.advanceMinutes(57); // 70 minutes in
        timer.poll();
        QCOMPARE(timer.currentPhase(), 4);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(timer.remainingMs(), -10 * Minute);
        QCOMPARE(timer.phaseRemainingMs(), -10 * Minute);
        QCOMPARE(PracticeTimer::formatRemaining(timer.remainingMs()), QStringLiteral("-10:00"));
    }

    void summaryComparesPlanAndActual()
    {
        FakeClock clock;
        PracticeTimer timer(&clock);
        timer.setPlan(TimerPlan::codingRound());
        timer.start();
        clock.advanceMinutes(3);
        QVERIFY(timer.nextPhase()); // clarified in 3 minutes, on to the approach
        QCOMPARE(timer.currentPhase(), 1);
        QCOMPARE(timer.phaseRemainingMs(), 5 * Minute);
        clock.advanceMinutes(5);
        timer.poll();
        QCOMPARE(timer.currentPhase(), 2); // code: 8..33
        clock.advanceMinutes(20);
        timer.poll();
        QVERIFY(timer.addMinute()); // code: 8..34
        QVERIFY(timer.addMinute()); // code: 8..35
        clock.advanceMinutes(22); // 50 minutes in: test 35..42, wrap-up 42..45, then overrun
        timer.stop();

        const TimerSummary summary = timer.summary();
        QCOMPARE(summary.planId, QStringLiteral("coding-45"));
        QCOMPARE(summary.plannedSeconds, 45 * 60);
        QCOMPARE(summary.actualSeconds, 50 * 60);
        QCOMPARE(summary.overrunSeconds(), 5 * 60);
        const QList<int> planned {300, 300, 1500, 420, 180};
        const QList<int> actual {180, 300, 1620, 420, 480};
        const QList<int> overrun {0, 0, 120, 0, 300};
        QCOMPARE(summary.phases.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(summary.phases.at(i).plannedSeconds, planned.at(i));
            QCOMPARE(summary.phases.at(i).actualSeconds, actual.at(i));
            QCOMPARE(summary.phases.at(i).overrunSeconds(), overrun.at(i));
        }
        QVERIFY(!timer.nextPhase()); // stopped

        const QVector<PhaseSummary> back
            = TimerSummary::phasesFromJson(TimerSummary::phasesToJson(summary.phases));
        QCOMPARE(back.size(), 5);
        QCOMPARE(back.at(2).name, QStringLiteral("Code"));
        QCOMPARE(back.at(2).actualSeconds, 1620);
    }

    void stopwatchOnlyCountsUp()
    {
        FakeClock clock;
        PracticeTimer timer(&clock);
        timer.setPlan(TimerPlan::stopwatch());
        QSignalSpy finished(&timer, &PracticeTimer::finished);
        QSignalSpy ticks(&timer, &PracticeTimer::tick);
        timer.start();
        QCOMPARE(timer.currentPhase(), -1);
        clock.advanceMinutes(10 * 60);
        timer.poll();
        QCOMPARE(finished.count(), 0);
        QCOMPARE(ticks.count(), 1);
        QCOMPARE(ticks.at(0).at(0).toLongLong(), 10 * 60 * Minute);
        QCOMPARE(timer.remainingMs(), qint64(0));
        QVERIFY(!timer.isOverrun());
        QCOMPARE(PracticeTimer::formatElapsed(timer.elapsedMs()), QStringLiteral("600:00"));
        timer.stop();
        QCOMPARE(timer.summary().actualSeconds, 36000);
        QCOMPARE(timer.summary().plannedSeconds, 0);
        QVERIFY(timer.summary().phases.isEmpty());
    }

    void resetForgetsTheSession()
    {
        FakeClock clock;
        PracticeTimer timer(&clock);
        timer.setPlan(TimerPlan::codingRound());
        timer.start();
        clock.advanceMinutes(7);
        timer.addMinute();
        timer.reset();
        QCOMPARE(timer.state(), PracticeTimer::State::Idle);
        QCOMPARE(timer.elapsedMs(), qint64(0));
        QCOMPARE(timer.plannedMs(), 45 * Minute);
        QCOMPARE(timer.currentPhase(), 0);
    }

    void formatsLikeTheHeaderSays()
    {
        QCOMPARE(PracticeTimer::formatRemaining(300000), QStringLiteral("05:00"));
        QCOMPARE(PracticeTimer::formatRemaining(299001), QStringLiteral("05:00"));
        QCOMPARE(PracticeTimer::formatRemaining(299000), QStringLiteral("04:59"));
        QCOMPARE(PracticeTimer::formatRemaining(0), QStringLiteral("00:00"));
        QCOMPARE(PracticeTimer::formatRemaining(-999), QStringLiteral("00:00"));
        QCOMPARE(PracticeTimer::formatRemaining(-65000), QStringLiteral("-01:05"));
        QCOMPARE(PracticeTimer::formatRemaining(3600000), QStringLiteral("60:00"));
        QCOMPARE(PracticeTimer::formatElapsed(59999), QStringLiteral("00:59"));
        QCOMPARE(PracticeTimer::formatElapsed(3725000), QStringLiteral("62:05"));
    }

    void realClockIsMonotonic()
    {
        PracticeTimer timer; // SteadyClock
        timer.setPlan(TimerPlan::leadershipAnswer());
        timer.setTickInterval(20);
        QSignalSpy ticks(&timer, &PracticeTimer::tick);
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(ticks.count() >= 2, 5000); // the QTimer drives poll()
        QVERIFY(timer.elapsedMs() >= 20);
        QVERIFY(timer.remainingMs() <= 4 * Minute - 20);
        qint64 previous = 0;
        for (const QList<QVariant> &tick : ticks) {
            QVERIFY(tick.at(0).toLongLong() >= previous);
            previous = tick.at(0).toLongLong();
        }
    }
};

QTEST_GUILESS_MAIN(TestTimer)
#include "test_timer.moc"
