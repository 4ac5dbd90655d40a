#include "core/practice/reviewhistory.h"

#include "core/practice/localdays.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/storageerror.h"

#include <QCoreApplication>

namespace Starloop::Practice {

using Storage::Statement;

int ReviewHistory::calendarDays(qint64 fromSecs, qint64 toSecs)
{
    if (toSecs <= fromSecs)
        return 0;
    const QDate from = LocalDays::dateOf(fromSecs);
    const QDate to = LocalDays::dateOf(toSecs);
    return static_cast<int>(std::max<qint64>(0, from.daysTo(to)));
}

QString ReviewHistory::kindName(ItemKind kind)
{
    return kind == ItemKind::Story ? QStringLiteral("story") : QStringLiteral("question");
}

QVector<ItemHistory> ReviewHistory::read(Storage::Database &db)
{
    // Diagram drills are logged here too (item_kind 'diagram'); they are not questions or stories.
    Statement st(db,
        "SELECT item_kind = 'story', item_id, rating, reviewed_at FROM reviews "
        "WHERE item_kind IN ('question', 'story') ORDER BY item_kind, item_id, reviewed_at, id");
    QVector<ItemHistory> items;
    while (st.step()) {
        const ItemKind kind = st.int64(0) != 0 ? ItemKind::Story : ItemKind::Question;
        const qint64 id = st.int64(1);
        const std::optional<Rating> rating = Fsrs::ratingFromInt(st.integer(2));
        if (!rating)
            continue;
        if (items.isEmpty() || items.last().kind != kind || items.last().id != id)
            items.append(ItemHistory {kind, id, {}});
        items.last().reviews.append(ReviewEvent {*rating, st.int64(3)});
    }
    return items;
}

Result<QVector<ItemHistory>> ReviewHistory::load(Storage::Database &db)
{
    return Storage::guarded(
        QCoreApplication::translate("ReviewHistory", "The review history could not be read"),
        [&]() -> Result<QVector<ItemHistory>> { return read(db); });
}

ReplayedState ReviewHistory::replay(const Fsrs &fsrs, const QVector<ReviewEvent> &reviews)
{
    ReplayedState replayed;
    std::optional<MemoryState> state;
    for (const ReviewEvent &review : reviews) {
        const int elapsed = state ? calendarDays(replayed.lastReviewAt, review.reviewedAt) : 0;
        const ReviewOutcome outcome = fsrs.review(state, review.rating, elapsed);
        const bool lapse = state && review.rating == Rating::Again;
        replayed.lapses += lapse ? 1 : 0;
        replayed.consecutiveLapses = review.rating == Rating::Again ? replayed.consecutiveLapses + 1 : 0;
        state = outcome.state;
        replayed.state = outcome.state;
        replayed.intervalDays = outcome.intervalDays;
        replayed.lastReviewAt = std::max(replayed.lastReviewAt, review.reviewedAt);
    }
    return replayed;
}

void ReviewHistory::writeReplayedStates(Storage::Database &db, const Fsrs &fsrs)
{
    Statement question(db,
        "UPDATE question_state SET stability = ?2, difficulty = ?3, last_review_at = ?4, due_at = ?5 "
        "WHERE question_id = ?1");
    Statement story(db, "UPDATE stories SET stability = ?2, difficulty = ?3, due_at = ?4 WHERE id = ?1");
    for (const ItemHistory &item : read(db)) {
        const ReplayedState replayed = replay(fsrs, item.reviews);
        if (item.kind == ItemKind::Question) {
            question.bind(1, item.id).bind(2, replayed.state.stability).bind(3, replayed.state.difficulty);
            question.bind(4, replayed.lastReviewAt).bind(5, replayed.dueAt()).run();
        } else {
            story.bind(1, item.id).bind(2, replayed.state.stability).bind(3, replayed.state.difficulty);
            story.bind(4, replayed.dueAt()).run();
        }
    }
}

} // namespace Starloop::Practice
