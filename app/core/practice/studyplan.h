// The value types of studying toward the loop date: what can be studied (StudyItem), when the
// interviews are (LoopDate), and the day-by-day plan StudyPlanner makes of them (StudyPlan), with
// the readiness it predicts and what will not fit. Plain values: the GUI's Today view, the
// readiness chart and `starloop plan` all read the same plan.
//
//   StudyPlan plan = StudyPlanner::plan(input);
//   plan.days[0].date, plan.days[0].plannedMinutes, plan.days[0].budgetMinutes  -> today, 80, 85
//   plan.days[0].tasks[0]       -> {Learn, "Two sum: ...", section coding, 45 minutes}
//   plan.sections[2]            -> {Section "coding", items 104, seen 14, coverage 0.13, recall 0.93, met}
//   plan.issues                 -> [{DoesNotFit, "Will not fit before 12 March: 90 coding problems, ..."}]
#pragma once

#include "core/practice/fsrs.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Starloop::Practice {

// A question read and recalled, a coding problem solved in the scratchpad, a STAR story rehearsed.
enum class StudyItemKind { Question, Problem, Story };

struct StudyItem
{
    StudyItemKind kind = StudyItemKind::Question;
    qint64 id = 0; // the question's or the story's id
    QString uid;
    QString title;
    QString section; // a Catalog section; empty for a story
    QString level;
    QStringList principles; // principle ids it is tagged with
    std::optional<MemoryState> state; // nullopt: never reviewed, still to learn
    std::optional<QDate> lastReview;
    std::optional<QDate> due;
    int learnMinutes = 0; // the first time (StudyPlanner::learnMinutes when 0)
    int reviewMinutes = 0; // each review after (StudyPlanner::reviewMinutes when 0)
    bool leech = false; // failed again and again (Leeches): rewrite the note or the story

    bool isNew() const { return !state.has_value(); }
};

enum class LoopKind { PhoneScreen, Onsite };

struct LoopDate
{
    QDate date;
    LoopKind kind = LoopKind::Onsite;

    bool operator==(const LoopDate &other) const { return date == other.date && kind == other.kind; }
    bool operator!=(const LoopDate &other) const { return !(*this == other); }
};

struct PlanInput
{
    QDate today;
    QVector<LoopDate> loops; // any order; dates not after today are reported and left out
    int minutesPerWeek = 0; // a day gets a seventh of it, in whole minutes
    int minutesDoneToday = 0; // already studied today (ticked done): off today's budget
    QVector<StudyItem> items; // the bank and the stories, with their states
    Fsrs fsrs; // the user's scheduler; its requested retention is the target recall on the date
};

struct PlanTask
{
    enum class Kind { Learn, Review, MockRound };

    Kind kind = Kind::Learn;
    int item = -1; // index into PlanInput::items; -1 for a mock round
    QString title; // the item's title, or the round's name ("Coding 1")
    int minutes = 0;
    double recallBefore = 1; // a review: the predicted recall when it is done
};

struct PlanDay
{
    QDate date;
    int budgetMinutes = 0;
    int plannedMinutes = 0; // never above budgetMinutes
    QVector<PlanTask> tasks; // reviews first, then mock rounds, then what is new
    bool loopDay = false; // an interview: nothing is planned
};

// How ready one section or principle is predicted to be on the loop date.
struct Readiness
{
    QString id; // a section ("coding") or a principle ("dive-deep")
    int items = 0; // questions (and, for a principle, stories) in it
    int seen = 0; // of them, learnt by the date
    double coverage = 0; // seen / items
    double predictedRecall = 0; // mean predicted recall of the seen ones on the date; 0 when none
    bool met = false; // something seen, and the recall at or above the target retention
};

struct PlanIssue
{
    enum class Kind {
        NoLoopDate, // none given: planned for DefaultHorizonDays
        PastLoopDate, // a date not after today, left out
        NoTime, // zero hours a week
        ItemTooLong, // needs more minutes than a day has
        DoesNotFit, // new items that will not be learnt before the date
        ReviewsDoNotFit, // reviews that find no day
        MockDoesNotFit, // mock rounds that find no day in the last week
        TargetMissed, // sections or principles not covered, or below the target recall
    };
    Kind kind = Kind::DoesNotFit;
    QString message; // a sentence for the user
    int count = 0; // items, reviews, rounds or targets concerned
};

struct StudyPlan
{
    QDate today;
    QDate loopDate; // the last loop date: what readiness is predicted for
    QVector<LoopDate> loops; // the valid ones, earliest first
    int dailyBudgetMinutes = 0;
    double targetRecall = 0.9;
    QVector<PlanDay> days; // today .. loopDate, one per day
    QVector<Readiness> sections; // in Catalog order, sections with items only
    QVector<Readiness> principles; // in Catalog order, principles with items only
    QVector<int> notLearnt; // indexes of new items the plan could not fit
    QVector<PlanIssue> issues;

    int totalMinutes() const;
    int daysLeft() const { return static_cast<int>(today.daysTo(loopDate)); }
    // Everything new fits, every section and principle is met, nothing was refused.
    bool fits() const { return issues.isEmpty(); }
};

} // namespace Starloop::Practice
