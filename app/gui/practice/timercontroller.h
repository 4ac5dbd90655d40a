// TimerController: the one practice clock of the window, shared by the Practice workspace, the
// toolbar timer and the mini window. It runs a PracticeTimer, records the session in the practice
// log (PracticeLog writes it as 'running' at the start, so closing the app leaves an interrupted
// session, not nothing), announces phase changes and the end of the time (a notice, and a beep
// when AppSettings::timerSounds() is on), and saves the user's rating and notes at the end.
// The window creates it at start; its constructor closes, as interrupted, any session a previous
// run left 'running' (the app was closed or crashed mid-session). Its destructor records the time
// spent on a session still open, so a session the window closed on keeps its time.
//
//   controller.setPlan(TimerPlan::codingRound(), "coding", uid, title);  // Idle, ready
//   controller.start();                    // Running; a 'running' row in practice_sessions
//   controller.stop();                     // Stopped: waiting for the rating
//   controller.saveSession(4, notes);      // finished in the log; sessionSaved(id); Idle again
#pragma once

#include "core/practice/practicetimer.h"
#include "core/practice/timerplan.h"
#include "core/result.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Starloop::Storage {
class DataStore;
}

namespace Starloop::Gui {

class TimerController : public QObject
{
    Q_OBJECT
public:
    explicit TimerController(Storage::DataStore &store, QObject *parent = nullptr);
    ~TimerController() override;

    // Tests: a FakeClock. Only while no session runs; the plan is kept.
    void setClock(const Practice::Clock *clock);

    Practice::PracticeTimer *timer() const { return m_timer.get(); }
    const Practice::TimerPlan &plan() const { return m_timer->plan(); }
    Practice::PracticeTimer::State state() const { return m_timer->state(); }
    QString kind() const { return m_kind; }
    QString ref() const { return m_ref; }
    // What is practised: the question's title, or the plan's name.
    QString title() const { return m_title.isEmpty() ? plan().name() : m_title; }
    qint64 sessionId() const { return m_sessionId; }
    // A session is open from start() until saveSession() or reset().
    bool hasSession() const { return m_sessionId > 0; }
    QString lastNotice() const { return m_lastNotice; }
    // Sessions a previous run left running, closed as interrupted by the constructor.
    int interruptedAtStart() const { return m_interruptedAtStart; }

    // The kind of log entry a plan without a question makes (coding, system-design or free).
    static QString kindForPlan(const Practice::TimerPlan &plan);

public Q_SLOTS:
    // Refused (false) while a session is open.
    bool setPlan(const Starloop::Practice::TimerPlan &plan, const QString &kind = QString(),
        const QString &ref = QString(), const QString &title = QString());
    void start();
    void pause();
    void resume();
    void togglePause(); // start, pause or resume: the one button of the compact timer
    void addMinute();
    void nextPhase();
    // Ends the timed part; the session waits for saveSession().
    void stop();
    // Throws the current run away: an open session is logged as it stands, without a rating.
    void reset();

public:
    Status saveSession(std::optional<int> rating, const QString &notes);

Q_SIGNALS:
    void changed(); // state, plan or time: views re-read what they show
    void notice(const QString &text); // a phase changed, the warning time came, time is up
    void phaseStarted(int index, const QString &name); // the second phase onwards
    void sessionStarted(qint64 id);
    void sessionSaved(qint64 id);
    void failed(const QString &message);

private:
    void connectTimer();
    void announce(const QString &text);

    Storage::DataStore &m_store;
    std::unique_ptr<Practice::PracticeTimer> m_timer;
    QString m_kind;
    QString m_ref;
    QString m_title;
    qint64 m_sessionId = 0;
    QString m_lastNotice;
    int m_interruptedAtStart = 0;
};

} // namespace Starloop::Gui
