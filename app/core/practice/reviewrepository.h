// ReviewRepository: spaced-repetition reviews of questions, scheduled with FSRS.
//
// rate() is what happens when the user grades their recall of a question (1 again, 2 hard,
// 3 good, 4 easy): the question's memory state (question_state.stability, difficulty) moves on,
// the next review is set (due_at = now + interval), and the review is logged in `reviews` -
// all in one transaction. Days since the last review are counted in whole days (FSRS works in
// days); a clock that went backwards counts as 0.
//
// A question with a question_state row but no stability yet (only starred, or rated before
// scheduling existed) is reviewed as new.
#pragma once

#include "../result.h"
#include "fsrs.h"

#include <QString>
#include <QVector>

#include <optional>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Practice {

struct ReviewResult
{
    qint64 questionId = 0;
    MemoryState state;
    int intervalDays = 0;
    qint64 dueAt = 0; // seconds since the epoch
    int elapsedDays = 0; // since the previous review (0 for the first)
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
public:
    static constexpr qint64 SecondsPerDay = 24 * 60 * 60;

    explicit ReviewRepository(Storage::Database &db, const Fsrs &fsrs = Fsrs());

    Result<ReviewResult> rate(qint64 questionId, int rating, qint64 nowSecs);
    // Questions (not retired) whose next review is due at or before now, most overdue first.
    // limit <= 0: all of them.
    Result<QVector<DueQuestion>> dueQuestions(qint64 nowSecs, int limit = 0) const;
    Result<int> dueCount(qint64 nowSecs) const;
    // The question's memory state; nullopt while it was never scheduled.
    Result<std::optional<MemoryState>> memoryState(qint64 questionId) const;

private:
    Storage::Database &m_db;
    Fsrs m_fsrs;
};

} // namespace Starloop::Practice
