// StudyGoalStore: the user's loop dates (phone screen, onsite) and the hours a week they can
// study, kept in the settings table as JSON under "study.goal". The desired retention belongs
// to the scheduler (SchedulerStore). Dates are kept as given, past ones too: the planner says
// what it does with them.
//
//   {"version":1,"loops":[{"date":"2026-03-02","kind":"phone-screen"},
//                         {"date":"2026-03-16","kind":"onsite"}],"minutes_per_week":600}
//
//   StudyGoalStore store(db);
//   StudyGoal goal = store.load().value();      // no loops and 0 minutes when never set
//   goal.minutesPerWeek = 10 * 60;
//   store.save(goal);
#pragma once

#include "core/practice/studyplan.h"
#include "core/result.h"

#include <QCoreApplication>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Practice {

struct StudyGoal
{
    QVector<LoopDate> loops;
    int minutesPerWeek = 0;

    bool operator==(const StudyGoal &other) const
    {
        return loops == other.loops && minutesPerWeek == other.minutesPerWeek;
    }
};

class StudyGoalStore
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Practice::StudyGoalStore)
public:
    static constexpr int FormatVersion = 1;
    static constexpr char SettingsKey[] = "study.goal";

    explicit StudyGoalStore(Storage::Database &db);

    Result<StudyGoal> load() const;
    Status save(const StudyGoal &goal);

    static QString kindName(LoopKind kind); // "phone-screen", "onsite"
    static std::optional<LoopKind> kindFromName(const QString &name);

private:
    Storage::Database &m_db;
};

} // namespace Starloop::Practice
