// LoopPlanView: the "Loop plan" tab of the Stories workspace. One row per round of the loop:
// the principles it probes, the stories LoopPlanner assigned (never one twice), and what is
// still uncovered, in red. The user renames a round in place, edits its principles (which
// re-plans), re-plans, or goes back to the typical loop; every change is saved at once through
// Stories::LoopPlanStore (the settings table).
#pragma once

#include "core/stories/loopplanner.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Gui {

class LoopPlanView : public QWidget
{
    Q_OBJECT
public:
    enum Column { RoundColumn, ProbesColumn, StoriesColumn, MissingColumn, ColumnCount };

    explicit LoopPlanView(Storage::Database &db, QWidget *parent = nullptr);

    // Re-reads the stories and the saved plan (a new plan for the typical loop when none is saved).
    void refresh();
    void setPrinciples(const QVector<Stories::Principle> &principles);
    const Stories::LoopPlan &plan() const { return m_plan; }
    QTableWidget *table() const { return m_table; }

public Q_SLOTS:
    void replan();
    void resetToTypicalLoop();
    // Opens the principle picker for the selected round.
    void editRoundPrinciples();
    void setRoundPrinciples(int round, const QStringList &principleIds);

Q_SIGNALS:
    void failed(const QString &what, const QString &message);

private:
    void apply(const Stories::LoopPlan &plan, bool save);
    void fillTable();
    QString principleNames(const QStringList &ids) const;

    Storage::Database &m_db;
    Stories::LoopPlan m_plan;
    QVector<Stories::Story> m_stories;
    QVector<Stories::Principle> m_principles;
    QHash<QString, QString> m_principleNames;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_editButton = nullptr;
    bool m_filling = false;
};

} // namespace Starloop::Gui
