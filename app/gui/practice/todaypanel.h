// TodayPanel: the Practice workspace's first page: how many days are left to the loop date(s)
// and what to do today, from the plan StudyPlanner makes from today to then: reviews due, mock
// rounds in the last week, new questions, problems and stories to learn, each with its minutes,
// the day's total against the day's budget and what will not fit before the date. Ticks are kept
// (StudyDayStore); a missed day is not carried as a debt: the plan is made again from what was
// done, and the panel says so. With no loop date it asks for one (LoopGoalEditor).
#pragma once

#include "core/practice/studydaystore.h"
#include "core/practice/studygoalstore.h"
#include "core/practice/studyplan.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Starloop::Storage {
class DataStore;
}

namespace Starloop::Gui {

class LoopGoalEditor;
class SaveStatus;

class TodayPanel : public QWidget
{
    Q_OBJECT
public:
    TodayPanel(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent = nullptr);

    // today: the day to plan from (tests pass their own).
    void reload(const QDate &today = QDate::currentDate());
    const Practice::StudyPlan &plan() const { return m_plan; }
    LoopGoalEditor *goalEditor() const { return m_editor; }
    // Writes the plan as an iCalendar file; the error says why not.
    Status exportCalendar(const QString &path) const;

Q_SIGNALS:
    void openQuestionRequested(qint64 questionId);
    void openStoryRequested(qint64 storyId);
    void mockLoopRequested();

private:
    void saveGoal(const Practice::StudyGoal &goal);
    void fillTasks();
    void addTask(QTreeWidgetItem *group, const Practice::PlanTask &task, const QString &key);
    void updateTotal();
    void taskToggled(QTreeWidgetItem *item);
    void openCurrent();
    void chooseExportFile();
    void showGoalEditor(bool shown);

    Storage::DataStore &m_store;
    SaveStatus &m_saveStatus;
    QDate m_today;

    // The goal: days to the loops, the loops, and the editor that changes them.
    QLabel *m_countdown = nullptr;
    QLabel *m_loops = nullptr;
    QLabel *m_empty = nullptr; // no loop set yet
    QPushButton *m_change = nullptr;
    QPushButton *m_export = nullptr;
    LoopGoalEditor *m_editor = nullptr;
    // The plan and today's tasks from it (m_filling: the tree is being filled, not ticked).
    Practice::StudyPlan m_plan;
    QVector<Practice::StudyItem> m_items;
    Practice::StudyDay m_day;
    bool m_filling = false;
    QWidget *m_planArea = nullptr;
    QWidget *m_filler = nullptr;
    QLabel *m_reflow = nullptr;
    QLabel *m_total = nullptr;
    QTreeWidget *m_tasks = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_issues = nullptr;
};

} // namespace Starloop::Gui
