// QuestionRepository: reading one question, the user's state on it (star, note, and the state
// the export file carries), and the count. Search, facets and own questions have files of
// their own (questionsearch.cpp, questionfacets.cpp, ownquestions.cpp).
#include "core/questions/questionrepository.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"

namespace Starloop::Questions {

using Portability::Merge;
using Storage::guarded;
using Storage::Statement;
using Storage::StorageError;

namespace {

const char QuestionColumns[]
    = "SELECT q.id, q.uid, q.origin, q.section, q.level, q.title, q.prompt_md, q.answer_md, q.source, "
      "q.created_at, q.updated_at, COALESCE(s.starred, 0), COALESCE(s.note_md, ''), "
      "s.last_rating, s.due_at, q.pattern, q.reference_diagram, q.checked_on "
      "FROM questions q LEFT JOIN question_state s ON s.question_id = q.id ";

Question readQuestion(Storage::Database &db, Statement &st)
{
    // The fields in the struct's order, up to the state's columns.
    Question q {st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6),
        st.text(7), st.text(8), st.text(15), st.text(16), st.text(17)};
    q.starred = st.integer(11) != 0;
    q.noteMd = st.text(12);
    if (!st.isNull(13))
        q.lastRating = st.integer(13);
    q.dueAt = st.optionalInt64(14);
    q.createdAt = st.int64(9);
    q.updatedAt = st.int64(10);
    q.tags = db.textColumn("SELECT tag FROM question_tags WHERE question_id = ?1 ORDER BY tag", q.id);
    q.principles = db.textColumn(
        "SELECT principle_id FROM question_principles JOIN principles p ON p.id = principle_id "
        "WHERE question_id = ?1 ORDER BY p.position",
        q.id);
    q.principleNames
        = db.textColumn("SELECT p.name FROM question_principles JOIN principles p ON p.id = principle_id "
                        "WHERE question_id = ?1 ORDER BY p.position",
            q.id);
    return q;
}

// Writes one column of the question's state, making its state row first if need be.
void writeState(Storage::Database &db, qint64 id, const char *column, const QVariant &value, qint64 nowSecs)
{
    Storage::Transaction tx(db);
    Statement ensure(db, "INSERT OR IGNORE INTO question_state(question_id, updated_at) VALUES (?1, ?2)");
    ensure.bind(1, id).bind(2, nowSecs).run();
    const QByteArray sql
        = QByteArray("UPDATE question_state SET ") + column + " = ?2, updated_at = ?3 WHERE question_id = ?1";
    Statement st(db, sql.constData());
    st.bind(1, id).bindValue(2, value).bind(3, nowSecs).run();
    tx.commit();
}

} // namespace

QuestionRepository::QuestionRepository(Storage::Database &db)
    : m_db(db)
{ }

int QuestionRepository::count() const
{
    try {
        return static_cast<int>(m_db.scalarInt("SELECT count(*) FROM questions WHERE retired = 0"));
    } catch (const StorageError &) {
        return 0;
    }
}

Result<Question> QuestionRepository::load(qint64 id) const
{
    return guarded(tr("Cannot read the question"), [&]() -> Result<Question> {
        Statement st(m_db, QByteArray(QByteArray(QuestionColumns) + "WHERE q.id = ?1").constData());
        st.bind(1, id);
        if (!st.step())
            return Error {tr("The question no longer exists.")};
        return readQuestion(m_db, st);
    });
}

Result<Question> QuestionRepository::loadByUid(const QString &uid) const
{
    return guarded(tr("Cannot read the question"), [&]() -> Result<Question> {
        Statement st(m_db, QByteArray(QByteArray(QuestionColumns) + "WHERE q.uid = ?1").constData());
        st.bind(1, uid);
        if (!st.step())
            return Error {tr("No question has the id \"%1\".").arg(uid)};
        return readQuestion(m_db, st);
    });
}

Status QuestionRepository::setStarred(qint64 id, bool starred, qint64 nowSecs)
{
    return guarded(tr("The star could not be saved"), [&]() -> Status {
        writeState(m_db, id, "starred", starred, nowSecs);
        return {};
    });
}

Status QuestionRepository::saveNote(qint64 id, const QString &noteMd, qint64 nowSecs)
{
    return guarded(tr("The note could not be saved"), [&]() -> Status {
        writeState(m_db, id, "note_md", noteMd, nowSecs);
        return {};
    });
}

namespace {

// The state of every question, or of the one with this uid.
QVector<QuestionStateRecord> readStates(Storage::Database &db, const QString &questionUid)
{
    Statement st(db,
        "SELECT q.uid, s.starred, s.note_md, s.last_rating, s.reviews, s.lapses, s.stability, "
        "s.difficulty, s.last_review_at, s.due_at, s.updated_at FROM question_state s "
        "JOIN questions q ON q.id = s.question_id WHERE ?1 = '' OR q.uid = ?1 ORDER BY q.uid");
    st.bind(1, questionUid);
    QVector<QuestionStateRecord> records;
    while (st.step())
        records << QuestionStateRecord {st.text(0), st.integer(1) != 0, st.text(2), st.optionalInt64(3),
            st.int64(4), st.int64(5), st.optionalReal(6), st.optionalReal(7), st.optionalInt64(8),
            st.optionalInt64(9), st.int64(10)};
    return records;
}

} // namespace

Result<QVector<QuestionStateRecord>> QuestionRepository::stateRecords() const
{
    return guarded(tr("Your notes and stars could not be read"),
        [&]() -> Result<QVector<QuestionStateRecord>> { return readStates(m_db, QString()); });
}

Result<std::optional<QuestionStateRecord>> QuestionRepository::stateRecord(const QString &questionUid) const
{
    return guarded(
        tr("Your notes and stars could not be read"), [&]() -> Result<std::optional<QuestionStateRecord>> {
            const QVector<QuestionStateRecord> records
                = questionUid.isEmpty() ? QVector<QuestionStateRecord>() : readStates(m_db, questionUid);
            return records.isEmpty() ? std::nullopt : std::optional<QuestionStateRecord>(records.first());
        });
}

Result<Merge> QuestionRepository::upsertState(const QuestionStateRecord &record, Merge::Rule rule)
{
    const QString &uid = record.questionUid;
    return guarded(tr("Your notes on question %1 could not be imported").arg(uid), [&]() -> Result<Merge> {
        const auto question = m_db.intByUid("questions", "id", uid);
        if (!question)
            return Merge::skipped(
                tr("Notes and review state for question %1 were skipped: this database has no such question.")
                    .arg(uid));
        Statement existing = m_db.cached("SELECT updated_at FROM question_state WHERE question_id = ?1");
        existing.bind(1, *question);
        const bool exists = existing.step();
        if (exists && rule == Merge::Rule::NewerWins && existing.int64(0) >= record.updatedAt)
            return Merge {};
        Statement st = m_db.cached(
            "INSERT INTO question_state(question_id, starred, note_md, last_rating, reviews, lapses, "
            "stability, difficulty, last_review_at, due_at, updated_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
            "ON CONFLICT(question_id) DO UPDATE SET starred = excluded.starred, note_md = excluded.note_md, "
            "last_rating = excluded.last_rating, reviews = excluded.reviews, lapses = excluded.lapses, "
            "stability = excluded.stability, difficulty = excluded.difficulty, "
            "last_review_at = excluded.last_review_at, due_at = excluded.due_at, "
            "updated_at = excluded.updated_at");
        st.bind(1, *question)
            .bind(2, record.starred)
            .bind(3, record.noteMd)
            .bindOptional(4, record.lastRating);
        st.bind(5, record.reviews).bind(6, record.lapses).bindOptional(7, record.stability);
        st.bindOptional(8, record.difficulty).bindOptional(9, record.lastReviewAt);
        st.bindOptional(10, record.dueAt).bind(11, record.updatedAt).run();
        return Merge::written(exists);
    });
}

} // namespace Starloop::Questions
