// ReviewRepository: spaced-repetition reviews of questions and STAR stories, scheduled with FSRS.
//
// rate() is what happens when the user grades their recall of a question (1 again, 2 hard,
// 3 good, 4 easy): the question's memory state (question_state.stability, difficulty) moves on,
// the next review is set (due_at = now + interval), and the review is logged in `reviews` -
// all in one transaction. rateStory() does the same for a story (stories.stability, difficulty,
// due_at), which counts toward its principles. Days since the last review are local calendar
// days (ReviewHistory::calendarDays): a second review on the same date is a same-day review.
//
// Without an explicit Fsrs the user's scheduler is used: their fitted parameters and desired
// retention (SchedulerStore), read at each rating.
//
//   ReviewRepository reviews(db);
//   reviews.rate(questionId, 3, now)   -> first Good: S 2.3065, due in 2 days
//   reviews.rateStory(storyId, 1, now) -> first Again: due tomorrow
//
// A question with a question_state row but no stability yet (only starred, or rated before
// scheduling existed) is reviewed as new.
//
//   ReviewRepository reviews(db);
//   const auto result = reviews.rate(questionId, 3, now);  // "good": due again in result->intervalDays
//   const auto due = reviews.dueQuestions(now, 20);
//
// The export file's review history goes through records() and insertUnlessKnown() (ReviewCodec).
#pragma once

#include "core/practice/fsrs.h"
#include "core/practice/reviewcodec.h"
#include "core/practice/reviewhistory.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Practice {

struct ReviewResult
{
    ItemKind kind = ItemKind::Question;
    qint64 questionId = 0; // the item's id: a question's, or a story's when kind is Story
    MemoryState state;
    int intervalDays = 0;
    qint64 dueAt = 0; // seconds since the epoch
    int elapsedDays = 0; // since the previous review (0 for the first, or the same day)
    int reviews = 0; // including this one
    int lapses = 0; // "Again" after the first review
};

struct DueQuestion
{
    qint64 questionId = 0;
    QString title;
    QString section;
    qint64 dueAt = 0;
};

class ReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Practice::ReviewRepository)

public:
    static constexpr qint64 SecondsPerDay = 24 * 60 * 60;

    // Schedules with the user's scheduler (SchedulerStore).
    explicit ReviewRepository(Storage::Database &db);
    // Schedules with `fsrs`, whatever the settings say.
    ReviewRepository(Storage::Database &db, const Fsrs &fsrs);

    Result<ReviewResult> rate(qint64 questionId, int rating, qint64 nowSecs);
    Result<ReviewResult> rateStory(qint64 storyId, int rating, qint64 nowSecs);
    // Questions (not retired) whose next review is due at or before now, most overdue first.
    // limit <= 0: all of them.
    Result<QVector<DueQuestion>> dueQuestions(qint64 nowSecs, int limit = 0) const;
    Result<int> dueCount(qint64 nowSecs) const;
    // The question's memory state; nullopt while it was never scheduled.
    Result<std::optional<MemoryState>> memoryState(qint64 questionId) const;

    // Every review of a question or story as the export file holds it.
    Result<QVector<ReviewRecord>> records() const;
    // Adds the review unless the same item has one at the same time with the same grade; a
    // review of an item this database lacks is skipped with a warning. Runs inside the caller's
    // transaction (DataImport's).
    Result<Portability::Merge> insertUnlessKnown(
        const ReviewRecord &record, Portability::Merge::Rule rule = Portability::Merge::Rule::NewerWins);

private:
    Storage::Database &m_db;
    std::optional<Fsrs> m_fsrs;

    Fsrs scheduler() const;
    void logReview(ItemKind kind, qint64 id, int rating, qint64 nowSecs, const ReviewResult &result);
};

} // namespace Starloop::Practice
