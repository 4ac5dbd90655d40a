#include "core/coding/attemptrepository.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/storageerror.h"

#include <QUuid>

namespace Starloop::Coding {

using Portability::Merge;
using Storage::guarded;
using Storage::Statement;
using Storage::StorageError;

namespace {

const char Columns[]
    = "id, uid, question_id, language, code, started_at, updated_at, duration_s, rating, notes, last_run";

Attempt readAttempt(const Statement &st)
{
    Attempt a;
    a.id = st.int64(0);
    a.uid = st.text(1);
    a.questionId = st.int64(2);
    a.language = st.text(3);
    a.code = st.text(4);
    a.startedAt = st.int64(5);
    a.updatedAt = st.int64(6);
    a.durationSecs = st.integer(7);
    if (!st.isNull(8))
        a.rating = st.integer(8);
    a.notes = st.text(9);
    a.lastRun = st.text(10);
    return a;
}

std::optional<Attempt> readById(Storage::Database &db, qint64 id)
{
    const QByteArray sql = QByteArray("SELECT ") + Columns + " FROM attempts WHERE id = ?1";
    Statement st(db, sql.constData());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readAttempt(st);
}

} // namespace

AttemptRepository::AttemptRepository(Storage::Database &db)
    : m_db(db)
{ }

Result<Attempt> AttemptRepository::create(
    qint64 questionId, const QString &language, const QString &code, qint64 nowSecs)
{
    return guarded(tr("The attempt could not be created"), [&]() -> Result<Attempt> {
        Statement st(m_db,
            "INSERT INTO attempts(uid, question_id, language, code, started_at, updated_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?5)");
        st.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(2, questionId).bind(3, language);
        st.bind(4, code).bind(5, nowSecs);
        st.run();
        if (auto created = readById(m_db, m_db.lastInsertRowId()))
            return *created;
        return Error {tr("The new attempt could not be read back.")};
    });
}

Status AttemptRepository::save(const Attempt &attempt, qint64 nowSecs)
{
    return guarded(tr("The attempt could not be saved"), [&]() -> Status {
        const auto stored = readById(m_db, attempt.id);
        if (!stored)
            return Error {tr("The attempt no longer exists; it may have been deleted.")};
        if (stored->sameContent(attempt))
            return {};
        Statement st(m_db,
            "UPDATE attempts SET language = ?2, code = ?3, duration_s = ?4, rating = ?5, notes = ?6, "
            "last_run = ?7, updated_at = ?8 WHERE id = ?1");
        st.bind(1, attempt.id)
            .bind(2, attempt.language)
            .bind(3, attempt.code)
            .bind(4, qMax(0, attempt.durationSecs));
        if (attempt.rating)
            st.bind(5, *attempt.rating);
        else
            st.bind(5, nullptr);
        st.bind(6, attempt.notes).bind(7, attempt.lastRun).bind(8, nowSecs);
        st.run();
        return {};
    });
}

Result<Attempt> AttemptRepository::load(qint64 id) const
{
    return guarded(tr("The attempt could not be loaded"), [&]() -> Result<Attempt> {
        if (auto attempt = readById(m_db, id))
            return *attempt;
        return Error {tr("The attempt no longer exists; it may have been deleted.")};
    });
}

Result<QVector<Attempt>> AttemptRepository::forQuestion(qint64 questionId) const
{
    return guarded(tr("The attempts could not be listed"), [&]() -> Result<QVector<Attempt>> {
        const QByteArray sql = QByteArray("SELECT ") + Columns
            + " FROM attempts WHERE question_id = ?1 ORDER BY started_at DESC, id DESC";
        Statement st(m_db, sql.constData());
        st.bind(1, questionId);
        QVector<Attempt> attempts;
        while (st.step())
            attempts << readAttempt(st);
        return attempts;
    });
}

Status AttemptRepository::remove(qint64 id)
{
    return guarded(tr("The attempt could not be deleted"), [&]() -> Status {
        Statement st(m_db, "DELETE FROM attempts WHERE id = ?1");
        st.bind(1, id).run();
        return {};
    });
}

int AttemptRepository::count() const
{
    try {
        return int(m_db.scalarInt("SELECT count(*) FROM attempts"));
    } catch (const StorageError &) {
        return -1; // unknown
    }
}

Result<QVector<AttemptRecord>> AttemptRepository::records() const
{
    return guarded(tr("The attempts could not be read"), [&]() -> Result<QVector<AttemptRecord>> {
        Statement st(m_db,
            "SELECT a.uid, q.uid, a.language, a.code, a.started_at, a.updated_at, a.duration_s, a.rating, "
            "a.notes, a.last_run FROM attempts a JOIN questions q ON q.id = a.question_id ORDER BY a.uid");
        QVector<AttemptRecord> records;
        while (st.step())
            records << AttemptRecord {st.text(0), st.text(1), st.text(2), st.text(3), st.int64(4),
                st.int64(5), st.int64(6), st.optionalInt64(7), st.text(8), st.text(9)};
        return records;
    });
}

Result<Merge> AttemptRepository::upsertByUid(const AttemptRecord &record, Merge::Rule rule)
{
    return guarded(tr("The attempt %1 could not be imported").arg(record.uid), [&]() -> Result<Merge> {
        const auto question = m_db.intByUid("questions", "id", record.questionUid);
        if (!question)
            return Merge::skipped(tr("Attempt %1 was skipped: this database has no question %2.")
                                      .arg(record.uid, record.questionUid));
        const auto stamp = m_db.intByUid("attempts", "updated_at", record.uid);
        if (stamp && rule == Merge::Rule::NewerWins && *stamp >= record.updatedAt)
            return Merge {};
        Statement st = m_db.cached(
            "INSERT INTO attempts(uid, question_id, language, code, started_at, updated_at, duration_s, "
            "rating, notes, last_run) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
            "ON CONFLICT(uid) DO UPDATE SET question_id = excluded.question_id, "
            "language = excluded.language, code = excluded.code, started_at = excluded.started_at, "
            "updated_at = excluded.updated_at, duration_s = excluded.duration_s, rating = excluded.rating, "
            "notes = excluded.notes, last_run = excluded.last_run");
        st.bind(1, record.uid).bind(2, *question).bind(3, record.language).bind(4, record.code);
        st.bind(5, record.startedAt).bind(6, record.updatedAt).bind(7, record.durationSecs);
        st.bindOptional(8, record.rating).bind(9, record.notes).bind(10, record.lastRun).run();
        return Merge::written(stamp.has_value());
    });
}

} // namespace Starloop::Coding
