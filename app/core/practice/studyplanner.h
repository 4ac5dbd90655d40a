// StudyPlanner: plans every day from today to the loop date: what to learn (questions, coding
// problems, STAR stories), the reviews FSRS will ask for, and mock loops in the last week, within
// the minutes the user has each day. A pure function of its input: the same input gives the same
// plan, and a missed day or a moved date is handled by planning again from what is done (the
// states in the input), which is all "re-flow" is.
//
// How it fills the days (a day's planned minutes never exceed its budget):
//  1. Mock rounds in the MockWindowDays before each loop date (PhoneScreen: one round; Onsite:
//     five), one a day from the day before last backwards: their days are fixed, so they go first.
//  2. Reviews of what is already learnt, from its due day on (overdue ones from today), each as
//     if recalled (Good), until the next review would fall after the loop date. A review that
//     finds no room on its due day moves to the nearest earlier day with room, else later.
//  3. New items, each on the earliest day that has room for it and for all the reviews it will
//     bring: first a cover of every section and principle not yet covered (greedy: the item that
//     covers most, then the cheapest, then the earliest in the input; placed longest first, while
//     whole days are free), then one at a time from the
//     section (or the stories) with the lowest coverage, beginners first. Nothing new is learnt
//     on the last day before the (last) loop date.
// The target is the scheduler's requested retention: on the loop date every section and
// principle should have something seen, with a mean predicted recall at or above it.
//
// Bad input gives the best plan possible and says so in `issues`: a date not after today is left
// out (no date at all: the next DefaultHorizonDays are planned), zero hours plans nothing, and
// what does not fit is listed by section.
//
//   PlanInput input;
//   input.today = QDate(2026, 3, 1);
//   input.loops = {{QDate(2026, 3, 31), LoopKind::Onsite}};
//   input.minutesPerWeek = 600;                              // 85 minutes a day
//   input.items = StudyBank::load(db, input.today).value();
//   input.fsrs = SchedulerStore(db).load()->fsrs();
//   StudyPlan plan = StudyPlanner::plan(input);              // 31 days, the last the loop day
#pragma once

#include "core/practice/studyplan.h"

#include <QCoreApplication>

namespace Starloop::Practice {

class StudyPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Practice::StudyPlanner)
public:
    static constexpr int DefaultHorizonDays = 28;
    static constexpr int MockWindowDays = 7;

    struct MockRound
    {
        QString name;
        int minutes = 0;
    };

    // Time estimates: a knowledge or leadership question 6 minutes to learn and 2 to review, a
    // coding or design problem the round's length to learn (Catalog::practiceMinutes) and 20 to
    // review, a story 20 to rehearse and 5 after.
    static int learnMinutes(StudyItemKind kind, const QString &section);
    static int reviewMinutes(StudyItemKind kind, const QString &section);
    static QVector<MockRound> mockRounds(LoopKind kind);

    static StudyPlan plan(const PlanInput &input);
};

} // namespace Starloop::Practice
