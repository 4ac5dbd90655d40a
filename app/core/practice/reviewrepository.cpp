#include "reviewrepository.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <algorithm>

namespace Starloop::Practice {

using Storage::Statement;
using Storage::StorageError;

using Storage::storageFailure;

namespace {

} // namespace

ReviewRepository::ReviewRepository(Storage::Database &db, const Fsrs &fsrs)
    : m_db(db)
    , m_fsrs(fsrs)
{
}

Result<ReviewResult> ReviewRepository::rate(qint64 questionId, int rating, qint64 nowSecs)
{
    const std::optional<Rating> grade = Fsrs::ratingFromInt(rating);
    if (!grade)
        return Error{QStringLiteral("A rating is 1 (again) to 4 (easy).")};
    try {
        Storage::Transaction tx(m_db);
        {
            Statement exists(m_db, "SELECT 1 FROM questions WHERE id = ?1");
            exists.bind(1, questionId);
            if (!exists.step())
                return Error{QStringLiteral("The question to rate no longer exists.")};
        }

        std::optional<MemoryState> previous;
        std::optional<qint64> lastReviewAt;
        ReviewResult result;
        result.questionId = questionId;
        {
            Statement st(m_db, "SELECT stability, difficulty, last_review_at, reviews, lapses "
                               "FROM question_state WHERE question_id = ?1");
            st.bind(1, questionId);
            if (st.step()) {
                if (!st.isNull(0) && !st.isNull(1))
                    previous = MemoryState{st.real(0), st.real(1)};
                lastReviewAt = st.optionalInt64(2);
                result.reviews = st.integer(3);
                result.lapses = st.integer(4);
            }
        }

        if (previous && lastReviewAt)
            result.elapsedDays = static_cast<int>(std::max<qint64>(0, nowSecs - *lastReviewAt) / SecondsPerDay);
        const ReviewOutcome outcome = m_fsrs.review(previous, *grade, result.elapsedDays);
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
        state.bind(5, result.state.stability).bind(6, result.state.difficulty).bind(7, nowSecs).bind(8, result.dueAt);
        state.run();

        Statement log(m_db, "INSERT INTO reviews(item_kind, item_id, rating, reviewed_at, elapsed_days, interval_days) "
                            "VALUES ('question', ?1, ?2, ?3, ?4, ?5)");
        log.bind(1, questionId).bind(2, rating).bind(3, nowSecs).bind(4, double(result.elapsedDays));
        log.bind(5, double(result.intervalDays)).run();
        tx.commit();
        return result;
    } catch (const StorageError &error) {
        return storageFailure(QStringLiteral("The review could not be saved"), error);
    }
}

Result<QVector<DueQuestion>> ReviewRepository::dueQuestions(qint64 nowSecs, int limit) const
{
    try {
        Statement st(m_db, "SELECT q.id, q.title, q.section, s.due_at FROM question_state s "
                           "JOIN questions q ON q.id = s.question_id "
                           "WHERE s.due_at IS NOT NULL AND s.due_at <= ?1 AND q.retired = 0 "
                           "ORDER BY s.due_at, q.id LIMIT ?2");
        st.bind(1, nowSecs).bind(2, limit > 0 ? limit : -1);
        QVector<DueQuestion> due;
        while (st.step())
            due.append(DueQuestion{st.int64(0), st.text(1), st.text(2), st.int64(3)});
        return due;
    } catch (const StorageError &error) {
        return storageFailure(QStringLiteral("The questions due for review could not be read"), error);
    }
}

Result<int> ReviewRepository::dueCount(qint64 nowSecs) const
{
    try {
        Statement st(m_db, "SELECT count(*) FROM question_state s JOIN questions q ON q.id = s.question_id "
                           "WHERE s.due_at IS NOT NULL AND s.due_at <= ?1 AND q.retired = 0");
        st.bind(1, nowSecs);
        st.step();
        return st.integer(0);
    } catch (const StorageError &error) {
        return storageFailure(QStringLiteral("The questions due for review could not be counted"), error);
    }
}

Result<std::optional<MemoryState>> ReviewRepository::memoryState(qint64 questionId) const
{
    try {
        Statement st(m_db, "SELECT stability, difficulty FROM question_state WHERE question_id = ?1");
        st.bind(1, questionId);
        std::optional<MemoryState> state;
        if (st.step() && !st.isNull(0) && !st.isNull(1))
            state = MemoryState{st.real(0), st.real(1)};
        return state;
    } catch (const StorageError &error) {
        return storageFailure(QStringLiteral("The review state could not be read"), error);
    }
}

} // namespace Starloop::Practice
