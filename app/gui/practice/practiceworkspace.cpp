#include "gui/practice/practiceworkspace.h"

#include "core/practice/reviewrepository.h"
#include "core/questions/questionrepository.h"
#include "core/storage/datastore.h"
#include "core/vocabulary/catalog.h"
#include "core/vocabulary/section.h"
#include "gui/practice/compacttimer.h"
#include "gui/practice/dashboardpanel.h"
#include "gui/practice/duepanel.h"
#include "gui/practice/historypanel.h"
#include "gui/practice/mocklooppanel.h"
#include "gui/practice/timercontroller.h"
#include "gui/practice/timerpanel.h"
#include "gui/practice/todaypanel.h"
#include "gui/savestatus.h"

#include <QDateTime>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Starloop::Gui {

using Practice::TimerPhase;
using Practice::TimerPlan;

PracticeWorkspace::PracticeWorkspace(
    Storage::DataStore &store, SaveStatus &saveStatus, TimerController &controller, QWidget *parent)
    : Workspace(Practice, Undo::None, parent)
    , m_store(store)
    , m_saveStatus(saveStatus)
    , m_controller(&controller)
{
    setObjectName(QStringLiteral("PracticeWorkspace"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("practiceTabs"));
    m_tabs->setDocumentMode(true);
    m_todayPanel = new TodayPanel(m_store, m_saveStatus, m_tabs);
    m_timerPanel = new TimerPanel(m_store, *m_controller, m_tabs);
    m_duePanel = new DuePanel(m_store, m_saveStatus, m_tabs);
    m_mockLoopPanel = new MockLoopPanel(m_store, *m_controller, m_tabs);
    m_historyPanel = new HistoryPanel(m_store, m_tabs);
    m_dashboardPanel = new DashboardPanel(m_store, m_tabs);
    m_tabs->addTab(m_todayPanel, QIcon::fromTheme(QStringLiteral("view-calendar-day")), tr("T&oday"));
    m_tabs->addTab(m_timerPanel, QIcon::fromTheme(QStringLiteral("chronometer")), tr("&Timer"));
    m_tabs->addTab(m_duePanel, QIcon::fromTheme(QStringLiteral("view-calendar-tasks")), tr("&Due Today"));
    m_tabs->addTab(m_mockLoopPanel, QIcon::fromTheme(QStringLiteral("view-list-tree")), tr("&Mock Loop"));
    m_tabs->addTab(m_historyPanel, QIcon::fromTheme(QStringLiteral("view-history")), tr("&History"));
    m_tabs->addTab(m_dashboardPanel, QIcon::fromTheme(QStringLiteral("office-chart-area")), tr("D&ashboard"));
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PracticeWorkspace::reloadTab);

    connect(
        m_todayPanel, &TodayPanel::openQuestionRequested, this, &PracticeWorkspace::openQuestionRequested);
    connect(m_todayPanel, &TodayPanel::openStoryRequested, this, &PracticeWorkspace::openStoryRequested);
    connect(m_todayPanel, &TodayPanel::mockLoopRequested, this, [this] { showTab(MockLoopTab); });
    connect(m_duePanel, &DuePanel::openQuestionRequested, this, &PracticeWorkspace::openQuestionRequested);
    connect(m_duePanel, &DuePanel::practiceRequested, this, &PracticeWorkspace::practiceQuestion);
    connect(m_duePanel, &DuePanel::countChanged, this, &PracticeWorkspace::updateDueTab);
    connect(m_mockLoopPanel, &MockLoopPanel::openQuestionRequested, this,
        &PracticeWorkspace::openQuestionRequested);
    connect(m_mockLoopPanel, &MockLoopPanel::roundStarted, this, [this] { showTab(TimerTab); });
    connect(m_mockLoopPanel, &MockLoopPanel::loopFinished, this, [this] { showTab(MockLoopTab); });
    connect(m_controller, &TimerController::sessionSaved, this, [this] {
        if (m_tabs->currentIndex() == HistoryTab)
            m_historyPanel->reload();
        if (m_tabs->currentIndex() == DashboardTab)
            m_dashboardPanel->reload();
    });
    refreshDueCount();
    // The panels read their data when their tab is shown (currentChanged above, activate()).
    if (interruptedAtStart() > 0)
        m_timerPanel->showNotice(
            tr("%n session(s) still running when Starloop last closed: kept in History as interrupted.",
                nullptr, interruptedAtStart()));
}

PracticeWorkspace::~PracticeWorkspace()
{
    delete m_miniTimer;
}

void PracticeWorkspace::activate()
{
    reloadViews();
}

void PracticeWorkspace::reloadViews()
{
    // The tab on screen; the others when they are shown (reloadTab). The count of questions due
    // in the Due Today tab's title is kept current either way.
    reloadTab(m_tabs->currentIndex());
    if (m_tabs->currentIndex() != DueTab)
        refreshDueCount();
}

void PracticeWorkspace::refreshDueCount()
{
    const auto due = Practice::ReviewRepository(m_store.db()).dueCount(QDateTime::currentSecsSinceEpoch());
    if (due)
        updateDueTab(due.value());
}

void PracticeWorkspace::reloadTab(int index)
{
    if (index == TodayTab)
        m_todayPanel->reload();
    else if (index == DueTab)
        m_duePanel->reload();
    else if (index == HistoryTab)
        m_historyPanel->reload();
    else if (index == DashboardTab)
        m_dashboardPanel->reload();
}

void PracticeWorkspace::updateDueTab(int count)
{
    m_tabs->setTabText(DueTab, count > 0 ? tr("&Due Today (%1)").arg(count) : tr("&Due Today"));
}

int PracticeWorkspace::interruptedAtStart() const
{
    return m_controller->interruptedAtStart();
}

MiniTimerWindow *PracticeWorkspace::miniTimer()
{
    if (!m_miniTimer) {
        // A top-level window of its own (no parent) so it can stay on top beside other apps.
        m_miniTimer = new MiniTimerWindow(*m_controller);
        connect(m_miniTimer, &MiniTimerWindow::openRequested, this, [this] {
            showTab(TimerTab);
            Q_EMIT showRequested();
        });
    }
    return m_miniTimer;
}

void PracticeWorkspace::showMiniTimer()
{
    MiniTimerWindow *mini = miniTimer();
    mini->adjustSize();
    mini->show();
    mini->raise();
}

void PracticeWorkspace::setClock(const Practice::Clock *clock)
{
    m_controller->setClock(clock);
}

void PracticeWorkspace::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

int PracticeWorkspace::currentTab() const
{
    return m_tabs->currentIndex();
}

void PracticeWorkspace::practiceQuestion(qint64 questionId, const QString &title, int minutes)
{
    showTab(TimerTab);
    if (m_controller->hasSession()) {
        Q_EMIT m_controller->notice(
            tr("Finish or reset the current session before starting \"%1\".").arg(title));
        return;
    }
    const auto question = Questions::QuestionRepository(m_store.db()).load(questionId);
    const auto section = question ? Sections::fromId(question->section) : std::nullopt;
    const QString ref = question ? question->uid : QString();
    TimerPlan plan;
    QString kind = QStringLiteral("question");
    if (section == Section::Coding || section == Section::Ood) {
        plan = TimerPlan::codingRound();
        kind = QStringLiteral("coding");
    } else if (section == Section::SystemDesign) {
        plan = minutes >= 60 ? TimerPlan::systemDesign() : TimerPlan::systemDesignShort();
        kind = QStringLiteral("system-design");
    } else if (section == Section::Leadership && (minutes == 4 || minutes <= 0)) {
        plan = TimerPlan::leadershipAnswer();
    } else {
        minutes = minutes > 0 ? minutes : 4;
        plan = TimerPlan(QStringLiteral("question-%1").arg(minutes), tr("Answer (%n min)", nullptr, minutes),
            {TimerPhase {tr("Answer"), minutes * 60}});
    }
    m_controller->setPlan(plan, kind, ref, title);
    m_controller->start();
}

} // namespace Starloop::Gui
