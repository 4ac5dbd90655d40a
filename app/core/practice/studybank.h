// StudyBank: what the planner plans with, read from the user's file: every question of the bank
// (retired ones left out) and of the user's own, coding problems marked as such, every STAR story,
// each with its principles, its memory state and review dates (local calendar days) and whether
// it is a leech; and PlanInput put together from them, the loop dates and hours (StudyGoalStore)
// and the scheduler (SchedulerStore).
//
//   auto input = StudyBank::planInput(db, QDate::currentDate());
//   StudyPlan plan = StudyPlanner::plan(input.value());          // what `starloop plan` prints
//   StudyBank::load(db).value()[0]  -> {Question 1 "Why Amazon?", section company, new, 6 / 2 minutes}
#pragma once

#include "core/practice/studyplan.h"
#include "core/result.h"

#include <QCoreApplication>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Practice {

class StudyBank
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Practice::StudyBank)
public:
    // Questions by id, then stories by id; time estimates from StudyPlanner.
    static Result<QVector<StudyItem>> load(Storage::Database &db);
    // Everything the planner needs for a plan made on `today`.
    static Result<PlanInput> planInput(Storage::Database &db, const QDate &today, int minutesDoneToday = 0);
};

} // namespace Starloop::Practice
