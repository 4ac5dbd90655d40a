// ReviewHistory: the review log (the `reviews` table) read back item by item, and replayed
// through a scheduler. Memory states are a function of the log and the parameters: when the
// parameters change (a fit, another retention, FSRS-4.5 states from an older Starloop), every
// state is computed again from the log, so history recorded before stays valid.
//
// Days are the user's local calendar days: a review at 23:00 and another at 01:00 are one day
// apart, two reviews on one date are a same-day review (elapsed 0).
//
//   auto log = ReviewHistory::load(db).value();          // every question and story reviewed
//   log[0].kind, log[0].id, log[0].reviews   -> Question, 12, [{Good, 1765000000}, {Again, ...}]
//   ReviewHistory::replay(Fsrs(), log[0].reviews)  -> state, last review, interval, lapses
//   ReviewHistory::calendarDays(monday 23:00, tuesday 01:00) -> 1
#pragma once

#include "core/practice/fsrs.h"
#include "core/result.h"

#include <QVector>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Practice {

// What a review is of: the reviews table's item_kind.
enum class ItemKind { Question, Story };

struct ReviewEvent
{
    Rating rating = Rating::Good;
    qint64 reviewedAt = 0; // seconds since the epoch
};

struct ItemHistory
{
    ItemKind kind = ItemKind::Question;
    qint64 id = 0;
    QVector<ReviewEvent> reviews; // oldest first
};

struct ReplayedState
{
    MemoryState state;
    qint64 lastReviewAt = 0;
    int intervalDays = 0; // from the last review
    int lapses = 0; // Again after the first review
    int consecutiveLapses = 0; // Again ratings at the end of the log, in a row
    qint64 dueAt() const { return lastReviewAt + qint64(intervalDays) * 24 * 60 * 60; }
};

class ReviewHistory
{
public:
    // Whole local calendar days from one moment to a later one; 0 when `to` is not later.
    static int calendarDays(qint64 fromSecs, qint64 toSecs);
    // The reviews of every item, oldest first within an item; items in (kind, id) order. Ratings
    // outside 1..4 (a damaged row) are skipped. Throws StorageError.
    static QVector<ItemHistory> read(Storage::Database &db);
    static Result<QVector<ItemHistory>> load(Storage::Database &db);
    // The state after the last of `reviews` (which must not be empty).
    static ReplayedState replay(const Fsrs &fsrs, const QVector<ReviewEvent> &reviews);
    // Writes the replayed state of every item in the log into question_state / stories
    // (stability, difficulty, due; a question's last_review_at). Items never reviewed keep what
    // they have. Call inside a transaction. Throws StorageError.
    static void writeReplayedStates(Storage::Database &db, const Fsrs &fsrs);

    static QString kindName(ItemKind kind); // "question", "story": the reviews table's item_kind
};

} // namespace Starloop::Practice
