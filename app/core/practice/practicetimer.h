// PracticeTimer: the countdown (or stopwatch) of one practice session, phase by phase.
//
// Every number is computed from two readings of a monotonic Clock - the time the current
// running stretch began and now - never by counting ticks, so the timer does not drift, and
// after a suspend or a busy event loop the next poll() shows the right phase and time at once.
// A QTimer calls poll() a few times a second while running; poll() re-evaluates and emits.
//
// The countdown does not stop at zero: it goes on into overrun (formatRemaining shows -mm:ss),
// finished() fires once when the planned time is reached, and the session ends only on stop().
//
//   PracticeTimer timer;                    // real clock; tests pass a FakeClock
//   timer.setPlan(TimerPlan::codingRound());
//   timer.start();                          // phase 0 "Clarify", 45:00 remaining
//   ...                                     // after 6 minutes: phaseChanged(1), "Approach"
//   timer.addMinute();                      // the current phase, and the whole plan, get 60 s more
//   timer.stop();
//   TimerSummary s = timer.summary();       // planned vs actual seconds per phase
#pragma once

#include "core/practice/clock.h"
#include "core/practice/timerplan.h"
#include "core/practice/timersummary.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Starloop::Practice {

class PracticeTimer : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused, Stopped };
    Q_ENUM(State)

    static constexpr int DefaultTickIntervalMs = 200;

    // The clock must outlive the timer; nullptr uses a SteadyClock the timer owns.
    explicit PracticeTimer(const Clock *clock = nullptr, QObject *parent = nullptr);
    ~PracticeTimer() override;

    // Replaces the plan and resets the timer to Idle.
    void setPlan(const TimerPlan &plan);
    const TimerPlan &plan() const { return m_plan; }
    State state() const { return m_state; }
    bool hasLimit() const { return !m_plan.isStopwatch(); }
    void setTickInterval(int ms);

    qint64 elapsedMs() const;
    // The planned length including added minutes (0 for a stopwatch).
    qint64 plannedMs() const;
    // Until the end of the plan; negative in overrun; 0 for a stopwatch.
    qint64 remainingMs() const;
    bool isOverrun() const { return hasLimit() && remainingMs() < 0; }

    // Index into plan().phases(); -1 for a stopwatch. The last phase stays current in overrun.
    int currentPhase() const;
    qint64 phaseElapsedMs() const;
    // Until the end of the current phase; negative once the last phase runs over.
    qint64 phaseRemainingMs() const;
    // Time spent in phase `index` so far, and how much of that went beyond its planned length.
    qint64 phaseActualMs(int index) const;
    qint64 phaseOverrunMs(int index) const;

    TimerSummary summary() const;

    // A countdown rounds up and shows overrun with a minus sign; minutes are not wrapped into hours:
    //   300000 -> "05:00", 299001 -> "05:00", 0 -> "00:00", -999 -> "00:00", -65000 -> "-01:05",
    //   3600000 -> "60:00"
    static QString formatRemaining(qint64 ms);
    // Elapsed time rounds down: 59999 -> "00:59", 3725000 -> "62:05".
    static QString formatElapsed(qint64 ms);

public Q_SLOTS:
    // From Idle or Stopped: a new session from zero. Ignored while running or paused.
    void start();
    void pause();
    void resume();
    // Ends the session; the time is frozen for summary().
    void stop();
    // Back to Idle with the same plan and nothing spent.
    void reset();
    // Running or paused, with a limit: the current phase gets one more minute. Returns false otherwise.
    bool addMinute();
    // Ends the current phase now and moves to the next one (not from the last). Returns whether it moved.
    bool nextPhase();
    // Re-evaluates the time and emits what changed, then tick().
    void poll();

Q_SIGNALS:
    void stateChanged(Starloop::Practice::PracticeTimer::State state);
    void phaseChanged(int index);
    void warningReached(); // the plan's warning time has come (once per session)
    void finished(); // the planned time is used up (once per session); the timer keeps going
    void tick(qint64 elapsedMs);

private:
    qint64 phaseLengthMs(int index) const;
    qint64 phaseStartMs(int index) const;
    int phaseAt(qint64 elapsed) const;
    void setState(State state);
    void clearSession();

    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    TimerPlan m_plan;
    QVector<qint64> m_adjustMs; // per phase: + added minutes, - ended early
    State m_state = State::Idle;
    qint64 m_runStartedMs = 0; // clock reading when the current running stretch began
    qint64 m_banked = 0; // elapsed time of the stretches before it
    int m_reportedPhase = 0;
    bool m_warningSent = false;
    bool m_finishedSent = false;
    QTimer m_ticker;
};

} // namespace Starloop::Practice
