#include "core/practice/reviewrepository.h"

#include "core/practice/schedulerstore.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <algorithm>

namespace Starloop::Practice {

using Portability::Merge;
using Storage::guarded;
using Storage::Statement;

namespace {

Error badRating()
{
    return Error {ReviewRepository::tr("A rating is 1 (again) to 4 (easy).")};
}

bool exists(Storage::Database &db, const char *sql, qint64 id)
{
    Statement st(db, sql);
    st.bind(1, id);
    return st.step();
}

} // namespace

ReviewRepository::ReviewRepository(Storage::Database &db)
    : m_db(db)
{ }

ReviewRepository::ReviewRepository(Storage::Database &db, const Fsrs &fsrs)
    : m_db(db)
    , m_fsrs(fsrs)
{ }

Fsrs ReviewRepository::scheduler() const
{
    return m_fsrs ? *m_fsrs : SchedulerStore::read(m_db).fsrs();
}

void ReviewRepository::logReview(
    ItemKind kind, qint64 id, int rating, qint64 nowSecs, const ReviewResult &result)
{
    Statement log(m_db,
        "INSERT INTO reviews(item_kind, item_id, rating, reviewed_at, elapsed_days, interval_days) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    log.bind(1, ReviewHistory::kindName(kind)).bind(2, id).bind(3, rating).bind(4, nowSecs);
    log.bind(5, double(result.elapsedDays)).bind(6, double(result.intervalDays)).run();
}

Result<ReviewResult> ReviewRepository::rate(qint64 questionId, int rating, qint64 nowSecs)
{
    const std::optional<Rating> grade = Fsrs::ratingFromInt(rating);
    if (!grade)
        return badRating();
    return guarded(tr("The review could not be saved"), [&]() -> Result<ReviewResult> {
        Storage::Transaction tx(m_db);
        if (!exists(m_db, "SELECT 1 FROM questions WHERE id = ?1", questionId))
            return Error {tr("The question to rate no longer exists.")};

        std::optional<MemoryState> previous;
        std::optional<qint64> lastReviewAt;
        ReviewResult result;
        result.questionId = questionId;
        {
            Statement st(m_db,
                "SELECT stability, difficulty, last_review_at, reviews, lapses "
                "FROM question_state WHERE question_id = ?1");
            st.bind(1, questionId);
            if (st.step()) {
                if (!st.isNull(0) && !st.isNull(1))
                    previous = MemoryState {st.real(0), st.real(1)};
                lastReviewAt = st.optionalInt64(2);
                result.reviews = st.integer(3);
                result.lapses = st.integer(4);
            }
        }

        if (previous && lastReviewAt)
            result.elapsedDays = ReviewHistory::calendarDays(*lastReviewAt, nowSecs);
        const ReviewOutcome outcome = scheduler().review(previous, *grade, result.elapsedDays);
        result.state = outcome.state;
        result.intervalDays = outcome.intervalDays;
        result.dueAt = nowSecs + outcome.intervalDays * SecondsPerDay;
        result.reviews += 1;
        if (previous && *grade == Rating::Again)
            result.lapses += 1;

        Statement state(m_db,
            "INSERT INTO question_state(question_id, last_rating, reviews, lapses, stability, difficulty, "
            "last_review_at, due_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?7) "
            "ON CONFLICT(question_id) DO UPDATE SET last_rating = excluded.last_rating, "
            "reviews = excluded.reviews, lapses = excluded.lapses, stability = excluded.stability, "
            "difficulty = excluded.difficulty, last_review_at = excluded.last_review_at, "
            "due_at = excluded.due_at, updated_at = excluded.updated_at");
        state.bind(1, questionId).bind(2, rating).bind(3, result.reviews).bind(4, result.lapses);
        state.bind(5, result.state.stability)
            .bind(6, result.state.difficulty)
            .bind(7, nowSecs)
            .bind(8, result.dueAt);
        state.run();
        logReview(ItemKind::Question, questionId, rating, nowSecs, result);
        tx.commit();
        return result;
    });
}

Result<ReviewResult> ReviewRepository::rateStory(qint64 storyId, int rating, qint64 nowSecs)
{
    const std::optional<Rating> grade = Fsrs::ratingFromInt(rating);
    if (!grade)
        return badRating();
    return guarded(tr("The review could not be saved"), [&]() -> Result<ReviewResult> {
        Storage::Transaction tx(m_db);
        if (!exists(m_db, "SELECT 1 FROM stories WHERE id = ?1", storyId))
            return Error {tr("The story to rate no longer exists.")};
        // A story's state is its log replayed: the log is all there is of its history.
        QVector<ReviewEvent> events;
        {
            Statement st(m_db,
                "SELECT rating, reviewed_at FROM reviews WHERE item_kind = 'story' AND item_id = ?1 "
                "ORDER BY reviewed_at, id");
            st.bind(1, storyId);
            while (st.step()) {
                if (const auto earlier = Fsrs::ratingFromInt(st.integer(0)))
                    events.append(ReviewEvent {*earlier, st.int64(1)});
            }
        }
        ReviewResult result;
        result.kind = ItemKind::Story;
        result.questionId = storyId;
        if (!events.isEmpty())
            result.elapsedDays = ReviewHistory::calendarDays(events.last().reviewedAt, nowSecs);
        events.append(ReviewEvent {*grade, nowSecs});
        const ReplayedState replayed = ReviewHistory::replay(scheduler(), events);
        result.state = replayed.state;
        result.intervalDays = replayed.intervalDays;
        result.dueAt = nowSecs + replayed.intervalDays * SecondsPerDay;
        result.reviews = static_cast<int>(events.size());
        result.lapses = replayed.lapses;

        Statement story(
            m_db, "UPDATE stories SET stability = ?2, difficulty = ?3, due_at = ?4 WHERE id = ?1");
        story.bind(1, storyId).bind(2, result.state.stability).bind(3, result.state.difficulty);
        story.bind(4, result.dueAt).run();
        logReview(ItemKind::Story, storyId, rating, nowSecs, result);
        tx.commit();
        return result;
    });
}

Result<QVector<DueQuestion>> ReviewRepository::dueQuestions(qint64 nowSecs, int limit) const
{
    return guarded(
        tr("The questions due for review could not be read"), [&]() -> Result<QVector<DueQuestion>> {
            Statement st(m_db,
                "SELECT q.id, q.title, q.section, s.due_at FROM question_state s "
                "JOIN questions q ON q.id = s.question_id "
                "WHERE s.due_at IS NOT NULL AND s.due_at <= ?1 AND q.retired = 0 "
                "ORDER BY s.due_at, q.id LIMIT ?2");
            st.bind(1, nowSecs).bind(2, limit > 0 ? limit : -1);
            QVector<DueQuestion> due;
            while (st.step())
                due.append(DueQuestion {st.int64(0), st.text(1), st.text(2), st.int64(3)});
            return due;
        });
}

Result<int> ReviewRepository::dueCount(qint64 nowSecs) const
{
    return guarded(tr("The questions due for review could not be counted"), [&]() -> Result<int> {
        Statement st(m_db,
            "SELECT count(*) FROM question_state s JOIN questions q ON q.id = s.question_id "
            "WHERE s.due_at IS NOT NULL AND s.due_at <= ?1 AND q.retired = 0");
        st.bind(1, nowSecs);
        st.step();
        return st.integer(0);
    });
}

Result<std::optional<MemoryState>> ReviewRepository::memoryState(qint64 questionId) const
{
    return guarded(tr("The review state could not be read"), [&]() -> Result<std::optional<MemoryState>> {
        Statement st(m_db, "SELECT stability, difficulty FROM question_state WHERE question_id = ?1");
        st.bind(1, questionId);
        std::optional<MemoryState> state;
        if (st.step() && !st.isNull(0) && !st.isNull(1))
            state = MemoryState {st.real(0), st.real(1)};
        return state;
    });
}

Result<QVector<ReviewRecord>> ReviewRepository::records() const
{
    return guarded(tr("The review history could not be read"), [&]() -> Result<QVector<ReviewRecord>> {
        // Reviews of a question or story deleted since are left out.
        Statement st(m_db,
            "SELECT r.item_kind, COALESCE(q.uid, s.uid), r.rating, r.reviewed_at, r.elapsed_days, "
            "r.interval_days "
            "FROM reviews r LEFT JOIN questions q ON r.item_kind = 'question' AND q.id = r.item_id "
            "LEFT JOIN stories s ON r.item_kind = 'story' AND s.id = r.item_id "
            "WHERE COALESCE(q.uid, s.uid) IS NOT NULL "
            "ORDER BY r.item_kind, COALESCE(q.uid, s.uid), r.reviewed_at, r.rating");
        QVector<ReviewRecord> records;
        while (st.step())
            records << ReviewRecord {
                st.text(0), st.text(1), st.int64(2), st.int64(3), st.optionalReal(4), st.optionalReal(5)};
        return records;
    });
}

Result<Merge> ReviewRepository::insertUnlessKnown(
    const ReviewRecord &record, Merge::Rule /*rule: added once*/)
{
    return guarded(tr("A review of %1 could not be imported").arg(record.itemUid), [&]() -> Result<Merge> {
        const bool story = record.itemKind == QLatin1String("story");
        const auto item = m_db.intByUid(story ? "stories" : "questions", "id", record.itemUid);
        if (!item)
            return Merge::skipped(tr("A review of %1 was skipped (no such item).").arg(record.itemUid));
        Statement known = m_db.cached(
            "SELECT 1 FROM reviews WHERE item_kind = ?1 AND item_id = ?2 AND reviewed_at = ?3 AND rating = "
            "?4");
        known.bind(1, record.itemKind).bind(2, *item).bind(3, record.reviewedAt).bind(4, record.rating);
        if (known.step())
            return Merge {};
        Statement st = m_db.cached(
            "INSERT INTO reviews(item_kind, item_id, rating, reviewed_at, elapsed_days, interval_days) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        st.bind(1, record.itemKind).bind(2, *item).bind(3, record.rating).bind(4, record.reviewedAt);
        st.bindOptional(5, record.elapsedDays).bindOptional(6, record.intervalDays).run();
        return Merge::written(false);
    });
}

} // namespace Starloop::Practice
