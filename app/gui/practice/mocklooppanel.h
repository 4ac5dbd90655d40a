// MockLoopPanel: a mock interview loop from start to summary. The user picks a loop (phone screen
// or an onsite with two or three behavioral rounds); MockLoopPlanner picks the questions; each
// round runs on the shared timer (and is rated in the timer's "How did it go?" box); the panel
// follows the rounds and ends with a summary of planned against actual time, ratings and notes.
#pragma once

#include "core/practice/mockloop.h"
#include "core/practice/practicesession.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace Starloop::Storage {
class DataStore;
}

namespace Starloop::Gui {

class TimerController;

class MockLoopPanel : public QWidget
{
    Q_OBJECT
public:
    MockLoopPanel(Storage::DataStore &store, TimerController &controller, QWidget *parent = nullptr);

    // Plans a new loop of the chosen kind; seed 0 picks a random seed.
    void planLoop(quint32 seed = 0);
    const Practice::MockLoop &loop() const { return m_loop; }
    int currentRound() const { return m_current; }
    bool isComplete() const;
    // Puts the current round on the timer and starts it.
    void startRound();

Q_SIGNALS:
    void roundStarted(); // the workspace shows the timer
    void loopFinished(); // the workspace shows this panel with the summary
    void openQuestionRequested(qint64 questionId);

private:
    struct RoundResult
    {
        qint64 sessionId = 0;
        std::optional<Practice::PracticeSession> session;
    };

    void showLoop();
    void showSummary();
    void sessionSaved(qint64 id);
    QString roundTitle(int index) const;

    Storage::DataStore &m_store;
    TimerController &m_controller;
    Practice::MockLoop m_loop;
    QVector<RoundResult> m_results;
    int m_current = -1;
    bool m_waitingForSession = false;

    QComboBox *m_kind = nullptr;
    QPushButton *m_plan = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_rounds = nullptr;
    QTextBrowser *m_summary = nullptr;
};

} // namespace Starloop::Gui
