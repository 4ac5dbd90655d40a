#include "core/practice/practicetimer.h"

#include "core/practice/steadyclock.h"

#include <algorithm>

namespace Starloop::Practice {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;

int roundedSeconds(qint64 ms)
{
    return static_cast<int>((ms + 500) / 1000);
}

QString minutesAndSeconds(qint64 seconds)
{
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

PracticeTimer::PracticeTimer(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_ownClock(clock ? nullptr : std::make_unique<SteadyClock>())
    , m_clock(clock ? clock : m_ownClock.get())
    , m_plan(TimerPlan::stopwatch())
{
    m_ticker.setInterval(DefaultTickIntervalMs);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &PracticeTimer::poll);
}

PracticeTimer::~PracticeTimer() = default;

void PracticeTimer::setPlan(const TimerPlan &plan)
{
    m_plan = plan;
    reset();
}

void PracticeTimer::setTickInterval(int ms)
{
    m_ticker.setInterval(std::max(ms, 10));
}

qint64 PracticeTimer::elapsedMs() const
{
    if (m_state == State::Running)
        return m_banked + std::max<qint64>(0, m_clock->nowMs() - m_runStartedMs);
    return m_banked;
}

qint64 PracticeTimer::phaseLengthMs(int index) const
{
    return std::max<qint64>(0, m_plan.phases().at(index).seconds * 1000LL + m_adjustMs.at(index));
}

qint64 PracticeTimer::phaseStartMs(int index) const
{
    qint64 start = 0;
    for (int i = 0; i < index; ++i)
        start += phaseLengthMs(i);
    return start;
}

qint64 PracticeTimer::plannedMs() const
{
    return phaseStartMs(m_plan.phaseCount());
}

qint64 PracticeTimer::remainingMs() const
{
    return hasLimit() ? plannedMs() - elapsedMs() : 0;
}

int PracticeTimer::phaseAt(qint64 elapsed) const
{
    if (!hasLimit())
        return -1;
    qint64 end = 0;
    for (int i = 0; i < m_plan.phaseCount(); ++i) {
        end += phaseLengthMs(i);
        if (elapsed < end)
            return i;
    }
    return m_plan.phaseCount() - 1;
}

int PracticeTimer::currentPhase() const
{
    return phaseAt(elapsedMs());
}

qint64 PracticeTimer::phaseElapsedMs() const
{
    const int phase = currentPhase();
    return phase < 0 ? elapsedMs() : elapsedMs() - phaseStartMs(phase);
}

qint64 PracticeTimer::phaseRemainingMs() const
{
    const int phase = currentPhase();
    return phase < 0 ? 0 : phaseLengthMs(phase) - phaseElapsedMs();
}

qint64 PracticeTimer::phaseActualMs(int index) const
{
    if (index < 0 || index >= m_plan.phaseCount())
        return 0;
    const int current = currentPhase();
    if (index < current)
        return phaseLengthMs(index);
    if (index > current)
        return 0;
    return elapsedMs() - phaseStartMs(index);
}

qint64 PracticeTimer::phaseOverrunMs(int index) const
{
    if (index < 0 || index >= m_plan.phaseCount())
        return 0;
    return std::max<qint64>(0, phaseActualMs(index) - m_plan.phases().at(index).seconds * 1000LL);
}

TimerSummary PracticeTimer::summary() const
{
    TimerSummary summary;
    summary.planId = m_plan.id();
    summary.planName = m_plan.name();
    summary.plannedSeconds = m_plan.totalSeconds();
    summary.actualSeconds = roundedSeconds(elapsedMs());
    for (int i = 0; i < m_plan.phaseCount(); ++i) {
        const TimerPhase &phase = m_plan.phases().at(i);
        summary.phases.append(PhaseSummary {phase.name, phase.seconds, roundedSeconds(phaseActualMs(i))});
    }
    return summary;
}

QString PracticeTimer::formatRemaining(qint64 ms)
{
    if (ms > 0)
        return minutesAndSeconds((ms + 999) / 1000);
    const qint64 over = -ms / 1000;
    return over > 0 ? QLatin1Char('-') + minutesAndSeconds(over) : minutesAndSeconds(0);
}

QString PracticeTimer::formatElapsed(qint64 ms)
{
    return minutesAndSeconds(std::max<qint64>(0, ms) / 1000);
}

void PracticeTimer::start()
{
    if (m_state == State::Running || m_state == State::Paused)
        return;
    clearSession();
    m_runStartedMs = m_clock->nowMs();
    m_ticker.start();
    setState(State::Running);
}

void PracticeTimer::pause()
{
    if (m_state != State::Running)
        return;
    poll(); // what happened before the pause is reported before it
    m_banked = elapsedMs();
    m_ticker.stop();
    setState(State::Paused);
}

void PracticeTimer::resume()
{
    if (m_state != State::Paused)
        return;
    m_runStartedMs = m_clock->nowMs();
    m_ticker.start();
    setState(State::Running);
}

void PracticeTimer::stop()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    m_banked = elapsedMs();
    m_ticker.stop();
    setState(State::Stopped);
}

void PracticeTimer::reset()
{
    m_ticker.stop();
    clearSession();
    setState(State::Idle);
}

bool PracticeTimer::addMinute()
{
    if (!hasLimit() || (m_state != State::Running && m_state != State::Paused))
        return false;
    m_adjustMs[currentPhase()] += MinuteMs;
    poll();
    return true;
}

bool PracticeTimer::nextPhase()
{
    if (!hasLimit() || (m_state != State::Running && m_state != State::Paused))
        return false;
    const int phase = currentPhase();
    if (phase >= m_plan.phaseCount() - 1)
        return false;
    // The phase ends now: its length becomes the time spent in it.
    const qint64 spent = phaseElapsedMs();
    m_adjustMs[phase] = spent - m_plan.phases().at(phase).seconds * 1000LL;
    poll();
    return true;
}

void PracticeTimer::poll()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    const qint64 elapsed = elapsedMs();
    if (hasLimit()) {
        const int phase = phaseAt(elapsed);
        if (phase != m_reportedPhase) {
            m_reportedPhase = phase;
            Q_EMIT phaseChanged(phase);
        }
        const int warningAt = m_plan.warningAtSeconds();
        if (!m_warningSent && warningAt > 0 && elapsed >= warningAt * 1000LL) {
            m_warningSent = true;
            Q_EMIT warningReached();
        }
        if (!m_finishedSent && elapsed >= plannedMs()) {
            m_finishedSent = true;
            Q_EMIT finished();
        }
    }
    Q_EMIT tick(elapsed);
}

void PracticeTimer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PracticeTimer::clearSession()
{
    m_adjustMs = QVector<qint64>(m_plan.phaseCount(), 0);
    m_banked = 0;
    m_runStartedMs = 0;
    m_reportedPhase = hasLimit() ? 0 : -1;
    m_warningSent = false;
    m_finishedSent = false;
}

} // namespace Starloop::Practice
