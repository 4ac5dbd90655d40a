// PracticeWorkspace: the Practice workspace - today's study plan toward the loop date (it opens
// on it), the big phased timer with its presets and the
// session review, the "due today" review queue, mock loops, the practice history with CSV export,
// and the progress dashboard. It shows the window's one TimerController, as the toolbar timer and
// the always-on-top mini window do; the window builds it when first shown.
#pragma once

#include "gui/workspace.h"

class QTabWidget;

namespace Starloop::Practice {
class Clock;
}

namespace Starloop::Storage {
class DataStore;
}

namespace Starloop::Gui {

class DashboardPanel;
class DuePanel;
class HistoryPanel;
class MiniTimerWindow;
class MockLoopPanel;
class SaveStatus;
class TimerController;
class TimerPanel;
class TodayPanel;

class PracticeWorkspace : public Workspace
{
    Q_OBJECT
public:
    enum Tab { TodayTab = 0, TimerTab = 1, DueTab = 2, MockLoopTab = 3, HistoryTab = 4, DashboardTab = 5 };

    PracticeWorkspace(Storage::DataStore &store, SaveStatus &saveStatus, TimerController &controller,
        QWidget *parent = nullptr);
    ~PracticeWorkspace() override;
    void activate() override;

    TimerController *timerController() const { return m_controller; }
    // The small always-on-top timer window (created on first use).
    MiniTimerWindow *miniTimer();
    void showMiniTimer();
    // Tests: a FakeClock for the timer (while no session runs).
    void setClock(const Practice::Clock *clock);

    void showTab(Tab tab);
    int currentTab() const;
    TodayPanel *todayPanel() const { return m_todayPanel; }
    TimerPanel *timerPanel() const { return m_timerPanel; }
    DuePanel *duePanel() const { return m_duePanel; }
    MockLoopPanel *mockLoopPanel() const { return m_mockLoopPanel; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }
    DashboardPanel *dashboardPanel() const { return m_dashboardPanel; }
    int interruptedAtStart() const;

public Q_SLOTS:
    // "Practice this" from a question: a preset that fits its section, started at once.
    void practiceQuestion(qint64 questionId, const QString &title, int minutes);

Q_SIGNALS:
    void openQuestionRequested(qint64 questionId);
    void openStoryRequested(qint64 storyId);
    void showRequested(); // the toolbar or mini timer asks for this workspace

private:
    void reloadViews();
    void reloadTab(int index);
    void refreshDueCount(); // the count in the Due Today tab's title
    void updateDueTab(int count);

    Storage::DataStore &m_store;
    SaveStatus &m_saveStatus;
    TimerController *m_controller = nullptr;
    QTabWidget *m_tabs = nullptr;
    TodayPanel *m_todayPanel = nullptr;
    TimerPanel *m_timerPanel = nullptr;
    DuePanel *m_duePanel = nullptr;
    MockLoopPanel *m_mockLoopPanel = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    DashboardPanel *m_dashboardPanel = nullptr;
    MiniTimerWindow *m_miniTimer = nullptr;
};

} // namespace Starloop::Gui
