#include "gui/practice/timercontroller.h"

#include "core/practice/practicelog.h"
#include "core/storage/datastore.h"
#include "gui/appsettings.h"

#include <QApplication>
#include <QDateTime>

namespace Starloop::Gui {

using Practice::PracticeTimer;
using Practice::TimerPlan;

TimerController::TimerController(Storage::DataStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_timer(std::make_unique<PracticeTimer>())
{
    if (!m_store.isReadOnly()) {
        const Result<int> interrupted = Practice::PracticeLog(m_store.db()).markInterrupted();
        if (interrupted)
            m_interruptedAtStart = interrupted.value();
    }
    m_timer->setPlan(TimerPlan::leadershipAnswer());
    m_kind = kindForPlan(m_timer->plan());
    connectTimer();
}

TimerController::~TimerController()
{
    // The window closes (or is rebuilt) with a session open: the log keeps the time spent on it.
    // The session stays 'running', for the next start to close as interrupted and say so.
    if (!hasSession())
        return;
    const Status kept = Practice::PracticeLog(m_store.db()).recordProgress(m_sessionId, m_timer->summary());
    if (!kept)
        Q_EMIT failed(kept.errorMessage());
}

void TimerController::setClock(const Practice::Clock *clock)
{
    if (hasSession())
        return;
    const TimerPlan plan = m_timer->plan();
    m_timer = std::make_unique<PracticeTimer>(clock);
    m_timer->setPlan(plan);
    connectTimer();
    Q_EMIT changed();
}

QString TimerController::kindForPlan(const TimerPlan &plan)
{
    if (plan.id().startsWith(QLatin1String("coding")))
        return QStringLiteral("coding");
    if (plan.id().startsWith(QLatin1String("system-design")))
        return QStringLiteral("system-design");
    return QStringLiteral("free");
}

void TimerController::connectTimer()
{
    PracticeTimer *timer = m_timer.get();
    connect(timer, &PracticeTimer::tick, this, &TimerController::changed);
    connect(timer, &PracticeTimer::stateChanged, this, &TimerController::changed);
    connect(timer, &PracticeTimer::phaseChanged, this, [this](int index) {
        const auto &phases = plan().phases();
        if (index <= 0 || index >= phases.size())
            return;
        announce(
            tr("Time for %1 (phase %2 of %3)").arg(phases.at(index).name).arg(index + 1).arg(phases.size()));
        Q_EMIT phaseStarted(index, phases.at(index).name);
    });
    connect(timer, &PracticeTimer::warningReached, this,
        [this] { announce(tr("%1 left").arg(PracticeTimer::formatRemaining(m_timer->remainingMs()))); });
    connect(timer, &PracticeTimer::finished, this, [this] { announce(tr("Time is up")); });
}

void TimerController::announce(const QString &text)
{
    m_lastNotice = text;
    if (AppSettings::timerSounds())
        QApplication::beep();
    Q_EMIT notice(text);
}

bool TimerController::setPlan(
    const TimerPlan &plan, const QString &kind, const QString &ref, const QString &title)
{
    if (hasSession())
        return false;
    m_timer->setPlan(plan);
    m_kind = kind.isEmpty() ? kindForPlan(plan) : kind;
    m_ref = ref;
    m_title = title;
    m_lastNotice.clear();
    Q_EMIT changed();
    return true;
}

void TimerController::start()
{
    if (hasSession() || (state() != PracticeTimer::State::Idle && state() != PracticeTimer::State::Stopped))
        return;
    if (state() == PracticeTimer::State::Stopped)
        m_timer->reset();
    const Result<qint64> id = Practice::PracticeLog(m_store.db())
                                  .start(m_kind, m_ref, title(), plan(), QDateTime::currentSecsSinceEpoch());
    if (!id) {
        Q_EMIT failed(id.errorMessage());
        return;
    }
    m_sessionId = id.value();
    m_lastNotice.clear();
    m_timer->start();
    Q_EMIT sessionStarted(m_sessionId);
    Q_EMIT changed();
}

void TimerController::pause()
{
    m_timer->pause();
}

void TimerController::resume()
{
    m_timer->resume();
}

void TimerController::togglePause()
{
    switch (state()) {
    case PracticeTimer::State::Idle:
        start();
        break;
    case PracticeTimer::State::Running:
        pause();
        break;
    case PracticeTimer::State::Paused:
        resume();
        break;
    case PracticeTimer::State::Stopped:
        break; // waiting for the rating
    }
}

void TimerController::addMinute()
{
    if (m_timer->addMinute())
        Q_EMIT changed();
}

void TimerController::nextPhase()
{
    if (m_timer->nextPhase())
        Q_EMIT changed();
}

void TimerController::stop()
{
    if (state() == PracticeTimer::State::Running || state() == PracticeTimer::State::Paused)
        m_timer->stop();
}

void TimerController::reset()
{
    if (hasSession()) {
        if (state() != PracticeTimer::State::Stopped)
            m_timer->stop();
        const qint64 id = m_sessionId;
        const Status saved = Practice::PracticeLog(m_store.db())
                                 .finish(id, m_timer->summary(), std::nullopt, tr("Reset before the end."));
        m_sessionId = 0;
        if (!saved)
            Q_EMIT failed(saved.errorMessage());
        else
            Q_EMIT sessionSaved(id);
    }
    m_timer->reset();
    m_lastNotice.clear();
    Q_EMIT changed();
}

Status TimerController::saveSession(std::optional<int> rating, const QString &notes)
{
    if (!hasSession())
        return Error {tr("There is no practice session to save.")};
    stop();
    const qint64 id = m_sessionId;
    const Status saved = Practice::PracticeLog(m_store.db()).finish(id, m_timer->summary(), rating, notes);
    if (!saved)
        return saved;
    m_sessionId = 0;
    m_timer->reset();
    m_lastNotice.clear();
    Q_EMIT sessionSaved(id);
    Q_EMIT changed();
    return {};
}

} // namespace Starloop::Gui
